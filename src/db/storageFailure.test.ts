import { describe, expect, it } from 'vitest';
import { describeStorageFailure } from './storageFailure';

describe('describeStorageFailure', () => {
  it('says the storage is full for a quota error, also when Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStorageFailure(quota).kind).toBe('full');
    expect(describeStorageFailure({ name: 'AbortError', message: 'Transaction aborted', inner: quota }).kind).toBe(
      'full',
    );
  });

  it('says storage is unavailable when IndexedDB is missing or blocked', () => {
    expect(describeStorageFailure({ name: 'MissingAPIError', message: 'IndexedDB API missing' }).kind).toBe(
      'unavailable',
    );
    expect(describeStorageFailure(new DOMException('denied', 'SecurityError')).kind).toBe('unavailable');
  });

  it('never blames the network: the cause is storage', () => {
    for (const error of [new DOMException('q', 'QuotaExceededError'), { name: 'OpenFailedError' }, undefined]) {
      const { message, advice } = describeStorageFailure(error);
      expect(`${message} ${advice}`).not.toMatch(/offline|network|connection/i);
      expect(message).toMatch(/cannot be saved/);
    }
  });
});
