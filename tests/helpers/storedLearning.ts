/**
 * Run in the page (`page.evaluate(storedLearning)`): how many learning events this browser's Cohesion
 * database holds (0 without one, which this does not create) and how many writes a page left unsettled.
 * Self-contained, since Playwright sends its source to the page.
 */
export async function storedLearning(): Promise<{ events: number; unsettled: number }> {
  const unsettled = Object.keys(localStorage).filter((k) => k.startsWith('cohesion.journal.')).length;
  if (!(await indexedDB.databases()).some((d) => d.name === 'cohesion')) return { events: 0, unsettled };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('cohesion');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const count = db.transaction('events').objectStore('events').count();
  const events = await new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
  db.close();
  return { events, unsettled };
}
