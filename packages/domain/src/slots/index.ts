export * from './slot-vocabulary.ts';
