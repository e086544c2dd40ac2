export * from './booking.ts';
export * from './slot-search.ts';
export * from './slot-use.ts';
export * from './slot-vocabulary.ts';
