export * from './registry-access.ts';
export * from './registry-columns.ts';
export * from './registry-csv.ts';
export * from './registry-entry.ts';
export * from './registry-match.ts';
export * from './registry-plan.ts';
export * from './registry-template.ts';
