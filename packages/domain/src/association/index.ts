export * from './access.ts';
export * from './assembly.ts';
export * from './constitution.ts';
export * from './dues.ts';
export * from './governance.ts';
export * from './labels.ts';
export * from './membership.ts';
export * from './vote.ts';
