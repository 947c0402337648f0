// A hash router is enough for a fixed set of screens, and hash URLs work from file:// in Electron
// where path-based history would point at files that do not exist.
import { useSyncExternalStore } from 'react';

export const routes = ['orders', 'invoices', 'products', 'coupons', 'returns', 'inquiries', 'settlement', 'settings'] as const;
export type Route = (typeof routes)[number];
export const DEFAULT_ROUTE: Route = 'orders';

export function parseHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (routes as readonly string[]).includes(name) ? (name as Route) : DEFAULT_ROUTE;
}

export function hrefFor(route: Route): string {
  return `#/${route}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseHash(window.location.hash), () => DEFAULT_ROUTE);
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
