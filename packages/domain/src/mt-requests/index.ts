export * from './request-status.ts';
