export * from './association-assemblies.ts';
export * from './association-governance.ts';
export * from './association-members.ts';
