/** Receives the state of storage after each write: the error of a failed one, or null once writes succeed again. */
export type StorageReporter = (error: unknown) => void;

/**
 * Writes that must not be lost. Each write runs in order; one that fails (storage full or blocked)
 * stays in memory with every write after it and is retried — after a growing delay (up to
 * `maxDelayMs`), and whenever a new write arrives — until storage accepts it. A keyed write
 * replaces a waiting one with the same key (only the latest journey snapshot matters).
 * `report` hears the failure, and null once everything waiting has been written.
 */
export function createPendingWrites(report: StorageReporter, { firstDelayMs = 1_000, maxDelayMs = 5_000 } = {}) {
  const queue: Array<{ key?: string | undefined; run: () => Promise<void>; done: Array<() => void> }> = [];
  let running: Promise<void> | undefined;
  let failing = false;
  let delay = firstDelayMs;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const drain = async () => {
    while (queue.length > 0) {
      const next = queue[0]!;
      try {
        await next.run();
      } catch (error) {
        failing = true;
        report(error);
        clearTimeout(timer);
        timer = setTimeout(flush, delay);
        delay = Math.min(delay * 2, maxDelayMs);
        return;
      }
      queue.shift();
      for (const resolve of next.done) resolve();
    }
    delay = firstDelayMs;
    if (failing) {
      failing = false;
      report(null);
    }
  };
  const flush = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    /** Queues a write; resolves once it is written (which may be long after, if storage fails). */
    write(run: () => Promise<void>, key?: string): Promise<void> {
      return new Promise<void>((resolve) => {
        // The head may be running: only a waiting write with the key is replaced.
        const waiting = key === undefined ? -1 : queue.findIndex((w, i) => w.key === key && (i > 0 || !running));
        if (waiting >= 0) {
          queue[waiting]!.run = run;
          queue[waiting]!.done.push(resolve);
        } else queue.push({ key, run, done: [resolve] });
        void flush().then(() => {
          // A write queued behind a running drain is picked up once it ends.
          if (queue.length > 0 && !failing) void flush();
        });
      });
    },
    /** How many writes wait. */
    get waiting(): number {
      return queue.length;
    },
  };
}
