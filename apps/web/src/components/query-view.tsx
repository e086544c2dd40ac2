import type { ReactNode } from 'react';
import { isApiError } from '../api/api-error.ts';
import type { QueryState } from '../hooks/use-api-query.ts';
import { AccessDenied } from './access-denied.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { LoadingBlock } from './loading-block.tsx';

interface QueryViewProps<T> {
  query: QueryState<T>;
  loadingLabel?: string;
  notFoundMessage?: string;
  children: (data: T) => ReactNode;
}

/** Loader, "Accès refusé", error with retry, or the content once loaded. */
export function QueryView<T>({ query, loadingLabel, notFoundMessage, children }: QueryViewProps<T>) {
  if (query.error) {
    if (isApiError(query.error) && query.error.status === 403) return <AccessDenied message={query.error.message} />;
    if (isApiError(query.error) && query.error.status === 404 && notFoundMessage) {
      return <ErrorAlert error={query.error} title={notFoundMessage} />;
    }
    return <ErrorAlert error={query.error} onRetry={query.reload} />;
  }
  if (query.data === undefined) return <LoadingBlock {...(loadingLabel ? { label: loadingLabel } : {})} />;
  return <>{children(query.data)}</>;
}
