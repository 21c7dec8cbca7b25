import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
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

  it('never blames the network: what the page says of it speaks of storage', () => {
    for (const error of [new DOMException('q', 'QuotaExceededError'), { name: 'OpenFailedError' }, undefined]) {
      const { kind } = describeStorageFailure(error);
      const said = `${en[`storage.${kind}`]} ${en[`storage.${kind}Advice`]}`;
      expect(said).not.toMatch(/offline|network|connection/i);
      expect(said).toMatch(/cannot be saved/);
    }
  });
});
