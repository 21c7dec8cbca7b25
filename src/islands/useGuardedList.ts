import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../client/accountApi';

/**
 * A list that only some roles may read, read on mount and again by `refresh`: `'reading'` until the
 * first answer, `'refused'` when the server answers 401 or 403, the list otherwise. Any other failure
 * is passed to `onError` as its message, and the list stays as it was.
 */
export function useGuardedList<T>(
  load: () => Promise<T>,
  onError: (message: string) => void,
): [list: T | 'reading' | 'refused', refresh: () => Promise<void>] {
  const [list, setList] = useState<T | 'reading' | 'refused'>('reading');
  // biome-ignore lint/correctness/useExhaustiveDependencies: load and onError are fixed for an island's life
  const refresh = useCallback(
    () =>
      load().then(setList, (error: unknown) => {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) setList('refused');
        else onError(error instanceof Error ? error.message : String(error));
      }),
    [],
  );
  useEffect(() => void refresh(), [refresh]);
  return [list, refresh];
}
