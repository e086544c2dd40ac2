export * from './delimited-line.ts';
export * from './finess.ts';
export * from './import-access.ts';
export * from './import-run.ts';
export * from './lambert93.ts';
export * from './rpps.ts';
export * from './rpps-header.ts';
export * from './unit-resolver.ts';
