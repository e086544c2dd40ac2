export * from './auth.ts';
export * from './common.ts';
export * from './coverage.ts';
export * from './cpts.ts';
export * from './plans.ts';
export * from './directory.ts';
