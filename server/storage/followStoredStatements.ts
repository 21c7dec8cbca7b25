import type { Repository } from './repository.ts';

/** How long after a stored batch a pass starts, so a burst of batches costs one pass. */
const SETTLE_MS = 50;

/**
 * Keeps something derived from the stored statements up to date: `catchUp` runs one pass at a time
 * (a call during a pass waits for the next one, which sees what the current one may have missed),
 * shortly after statements are stored, and whenever a reader asks through `refresh`. A failed pass
 * after a store is dropped: the next reader's `refresh` runs it again and reports the failure.
 */
export function followStoredStatements(
  repository: Pick<Repository, 'onStatementsStored'>,
  catchUp: () => Promise<void>,
) {
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  function refresh(): Promise<void> {
    if (running !== undefined) return running.catch(() => {}).then(() => refresh());
    running = catchUp().finally(() => {
      running = undefined;
    });
    return running;
  }

  const unsubscribe = repository.onStatementsStored(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      refresh().catch(() => {});
    }, SETTLE_MS);
  });

  return {
    refresh,
    /** Stops following stored statements and waits for a pass under way. */
    async close() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
