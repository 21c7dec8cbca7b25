import type { Page } from '@playwright/test';

/** Counts rows in the learner's event log (optionally of one verb), reading IndexedDB directly as a test-only inspection. */
export const countEvents = (page: Page, verb?: string) =>
  page.evaluate(
    (verb) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cohesion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const connection = open.result;
          // Before the app has created its tables there is nothing to count; close at once so this
          // connection never blocks the app's own upgrade.
          if (!connection.objectStoreNames.contains('events')) {
            connection.close();
            resolve(0);
            return;
          }
          const all = connection.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            connection.close();
            resolve((all.result as Array<{ verb: { id: string } }>).filter((s) => !verb || s.verb.id.endsWith(`/${verb}`)).length);
          };
          all.onerror = () => {
            connection.close();
            reject(all.error);
          };
        };
      }),
    verb,
  );
