import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

/** A read's three states: loading, its problem in words, or what it read. */
export function Loaded<T>({ query, children, onBreakTheGlass }: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  onBreakTheGlass?: (category: string, reason: string) => Promise<void>;
}) {
  if (query.isPending) {
    return <p aria-busy="true">Henter…</p>;
  }
  if (query.isError) {
    return <ProblemAlert error={query.error} onReload={() => query.refetch()} onBreakTheGlass={onBreakTheGlass} />;
  }
  return <>{children(query.data)}</>;
}
