export * from './cpam-csv.ts';
export * from './duplicates.ts';
export * from './public-limits.ts';
export * from './request-number.ts';
export * from './request-settings.ts';
export * from './request-status.ts';
