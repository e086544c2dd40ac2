export * from './priority-criteria.ts';
export * from './priority-explanation.ts';
export * from './priority-rule.ts';
export * from './priority-rule-check.ts';
export * from './request-priority.ts';
