export * from './dates.ts';
export * from './euros.ts';
export * from './file-names.ts';
export * from './numbers.ts';
export * from './pdf-text.ts';
export * from './phones.ts';
