/** The name of Cohesion's IndexedDB database (AppDB), known without loading Dexie. */
export const DATABASE_NAME = 'cohesion';

/**
 * Whether this browser may hold Cohesion's database: false only when the browser lists its databases
 * and Cohesion's is not among them (a first visit), so a page can skip loading Dexie to find nothing.
 */
export async function mayHoldDatabase(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === DATABASE_NAME);
  } catch {
    return true;
  }
}
