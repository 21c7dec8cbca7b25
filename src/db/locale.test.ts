import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './AppDB';
import { LOCALE_MIRROR_KEY, loadLocale, saveLocale } from './locale';
import { loadRegion, saveRegion } from './region';

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('the learner’s locale', () => {
  it('is unset until the learner chooses one, then remembered with its mirror', async () => {
    db = new AppDB('test-locale');
    const mirror = new Map<string, string>();
    const storage = { setItem: (key: string, value: string) => void mirror.set(key, value) };

    expect(await loadLocale(db)).toBeUndefined();
    await saveLocale('fr', db, storage);

    expect(await loadLocale(db)).toBe('fr');
    expect(mirror.get(LOCALE_MIRROR_KEY)).toBe('fr');
  });

  it('keeps the region chosen before, and the region chosen after keeps the locale', async () => {
    db = new AppDB('test-locale-region');
    await saveRegion('emea', db, undefined);
    await saveLocale('fr', db, undefined);
    await saveRegion('apac', db, undefined);

    expect(await loadLocale(db)).toBe('fr');
    expect(await loadRegion(db)).toBe('apac');
  });
});
