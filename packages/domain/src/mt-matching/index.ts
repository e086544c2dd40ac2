export * from './age-band.ts';
export * from './follow-up.ts';
export * from './gp-capacity.ts';
export * from './proposal-status.ts';
export * from './waiting-list-indicators.ts';
