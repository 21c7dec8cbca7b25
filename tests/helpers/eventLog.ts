import type { Page } from '@playwright/test';

/** A learning event as the browser's log stores it (the fields tests look at). */
export interface LoggedEvent {
  id: string;
  verb: { id: string };
  object: { id: string };
}

/** The learner's event log, read from IndexedDB directly as a test-only inspection; empty before the app created it. */
export const readEventLog = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<LoggedEvent[]>((resolve, reject) => {
        const open = indexedDB.open('cohesion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const connection = open.result;
          // Before the app has created its tables there is nothing to read; close at once so this
          // connection never blocks the app's own upgrade.
          if (!connection.objectStoreNames.contains('events')) {
            connection.close();
            resolve([]);
            return;
          }
          const all = connection.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            connection.close();
            resolve(all.result as LoggedEvent[]);
          };
          all.onerror = () => {
            connection.close();
            reject(all.error);
          };
        };
      }),
  );

/** Counts rows in the learner's event log, optionally of one verb. */
export const countEvents = async (page: Page, verb?: string) =>
  (await readEventLog(page)).filter((s) => !verb || s.verb.id.endsWith(`/${verb}`)).length;
