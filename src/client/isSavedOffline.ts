/** Whether this browser has a copy of `url` saved for offline use (precached, visited or downloaded). */
export async function isSavedOffline(url: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  return (await caches.match(url, { ignoreSearch: true, ignoreVary: true })) !== undefined;
}
