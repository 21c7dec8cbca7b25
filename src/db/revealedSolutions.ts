import type { AppDB } from './AppDB';
import { db as defaultDb } from './db';

/** Whether the learner has revealed this exercise's solution (`<module id>/<exercise id>`) in this browser. */
export async function isSolutionRevealed(key: string, db: AppDB = defaultDb): Promise<boolean> {
  return (await db.revealedSolutions.get(key)) !== undefined;
}

/** Records that the learner revealed a solution; the first time counts, so repeating it changes nothing. */
export async function recordSolutionRevealed(
  solution: { key: string; moduleId: string },
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.transaction('rw', db.revealedSolutions, async () => {
    if (await db.revealedSolutions.get(solution.key)) return;
    await db.revealedSolutions.add({ ...solution, revealedAt: now().toISOString() });
  });
}
