import type { Page } from '@playwright/test';

/**
 * Makes IndexedDB refuse every write, as a full disk does, while the page's `storageFull` is set. (The browser's
 * own quota cannot be lowered for a database already open: Chromium checks it when the storage bucket is first used.)
 */
export async function refuseWritesWhenFull(page: Page) {
  await page.addInitScript(() => {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as { storageFull?: boolean }).storageFull) throw full();
        return original.apply(this, args);
      };
    }
  });
}

/** Turns the refusal on or off for the page as it is now (a new page starts with it off). */
export async function setStorageFull(page: Page, full: boolean) {
  await page.evaluate((on) => ((window as { storageFull?: boolean }).storageFull = on), full);
}
