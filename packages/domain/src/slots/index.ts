export * from './ical.ts';
export * from './quotas.ts';
export * from './recurrence.ts';
export * from './rota-gaps.ts';
export * from './slot-vocabulary.ts';
export * from './snp-hours.ts';
