import { mayHoldDatabase } from '../db/databaseName';

/**
 * Resolves once this browser may hold Cohesion's database (see mayHoldDatabase): at once for a
 * returning learner; on a first visit, when the learner comes back to this tab after starting in
 * another. A page that only shows stored data waits on it before loading the database code (Dexie).
 */
export function whenDatabaseMayExist(): Promise<void> {
  return new Promise((resolve) => {
    const check = async () => {
      if (!(await mayHoldDatabase())) return;
      document.removeEventListener('visibilitychange', onVisible);
      resolve();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    void check();
  });
}
