export * from './aci.ts';
export * from './association.ts';
export * from './audit.ts';
export * from './cpts.ts';
export * from './directory.ts';
export * from './geography.ts';
export * from './identity.ts';
export * from './territory-proposals.ts';
