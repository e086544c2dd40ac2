export * from './device-label.ts';
export * from './login-throttle.ts';
export * from './password-change.ts';
export * from './password-policy.ts';
export * from './source-address.ts';
