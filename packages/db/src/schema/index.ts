export * from './cpts.ts';
export * from './geography.ts';
export * from './identity.ts';
