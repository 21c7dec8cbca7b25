import { DATABASE_NAME } from './databaseName';

/**
 * The row at `key` in `store` of Cohesion's database, read with IndexedDB itself rather than Dexie,
 * for a page deciding what to draw before it loads the database code. Undefined when the database,
 * the store or the row does not exist. Never creates or upgrades the database: an open that would
 * create it is aborted, and the connection is closed at once (and whenever Dexie asks to upgrade).
 */
export function peekRow(store: string, key: IDBValidKey, name = DATABASE_NAME): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort(); // the database did not exist: leave it so
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(undefined);
      else reject(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        return resolve(undefined);
      }
      const get = db.transaction(store, 'readonly').objectStore(store).get(key);
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
      get.transaction!.oncomplete = () => db.close();
      get.transaction!.onabort = () => db.close();
    };
  });
}
