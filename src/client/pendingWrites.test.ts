import { describe, expect, it } from 'vitest';
import { createPendingWrites } from './pendingWrites';

/** A store that refuses writes while `full` is true, like a browser over its quota. */
function storage() {
  const written: string[] = [];
  const state = { full: false };
  const put = (value: string) => async () => {
    if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    written.push(value);
  };
  return { written, state, put };
}

/** A reporter that keeps what it hears, and a promise for the first failure it hears. */
function reporter() {
  const reports: unknown[] = [];
  let failed!: () => void;
  const firstFailure = new Promise<void>((resolve) => {
    failed = resolve;
  });
  const report = (e: unknown) => {
    reports.push(e);
    if (e !== null) failed();
  };
  return { reports, firstFailure, report };
}

describe('createPendingWrites', () => {
  it('keeps writes that failed, in order, reports the failure, and writes them once storage accepts them', async () => {
    const store = storage();
    const { reports, firstFailure, report } = reporter();
    const writes = createPendingWrites(report, { firstDelayMs: 5, maxDelayMs: 10 });
    store.state.full = true;
    const first = writes.write(store.put('a'));
    const second = writes.write(store.put('b'));
    await firstFailure;
    expect(store.written).toEqual([]);
    expect(writes.waiting).toBe(2);
    expect((reports[0] as DOMException).name).toBe('QuotaExceededError');
    store.state.full = false;
    await Promise.all([first, second]);
    expect(store.written).toEqual(['a', 'b']);
    expect(reports.at(-1)).toBeNull();
    expect(writes.waiting).toBe(0);
  });

  it('keeps only the latest of waiting writes with the same key', async () => {
    const store = storage();
    const { firstFailure, report } = reporter();
    const writes = createPendingWrites(report, { firstDelayMs: 5, maxDelayMs: 10 });
    store.state.full = true;
    const done = [
      writes.write(store.put('event'), undefined),
      writes.write(store.put('snapshot 1'), 'journey'),
      writes.write(store.put('snapshot 2'), 'journey'),
    ];
    await firstFailure;
    expect(writes.waiting).toBe(2);
    store.state.full = false;
    await Promise.all(done);
    expect(store.written).toEqual(['event', 'snapshot 2']);
  });
});
