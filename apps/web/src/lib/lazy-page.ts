import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page component loaded with its route (route-level code splitting, issue #11 item 5): each
 * page and what only it uses become a separate chunk, fetched the first time the route opens.
 */
export function page<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
