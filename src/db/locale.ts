import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';
import { LOCALE_MIRROR_KEY } from './localeMirrorKey';

export { LOCALE_MIRROR_KEY };

/** The UI locale the learner chose, undefined when they never chose one. */
export async function loadLocale(db: AppDB = defaultDb): Promise<string | undefined> {
  return (await db.profile.get('me'))?.locale;
}

/** Records the learner's choice of locale in its localStorage mirror and in the database. */
export async function saveLocale(
  locale: string,
  db: AppDB = defaultDb,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): Promise<void> {
  try {
    // The mirror first: the page is about to change, and it is what the home page reads.
    storage?.setItem(LOCALE_MIRROR_KEY, locale);
  } catch {
    // Storage may be full or blocked; the database remains the record.
  }
  await db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('me');
    await db.profile.put({ region: 'global', ...current, id: 'me', locale, updatedAt: new Date().toISOString() });
  });
}
