export * from './client.ts';
export * from './repositories/contours.repository.ts';
export * from './repositories/cpts.repository.ts';
export * from './repositories/directory.repository.ts';
export * from './repositories/geography.repository.ts';
export * from './repositories/identity.repository.ts';
export * from './repositories/plans.repository.ts';
export * as schema from './schema/index.ts';
export * from './seed/reference-geography.ts';
