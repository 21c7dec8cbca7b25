import type { AppDB, ReflectionNote } from './AppDB';
import { db as defaultDb } from './db';

/** The saved text of a reflection, or '' when the learner has not written one. */
export async function loadReflection(key: string, db: AppDB = defaultDb): Promise<string> {
  return (await db.reflections.get(key))?.text ?? '';
}

/** Saves (or replaces) a reflection note, stamped with `now()` (the current time unless a test gives a clock). */
export async function saveReflection(
  note: Omit<ReflectionNote, 'updatedAt'>,
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<void> {
  await db.reflections.put({ ...note, updatedAt: now().toISOString() });
}

/** Every reflection the learner has written (blank ones left out), the most recently changed first. */
export async function listReflections(db: AppDB = defaultDb): Promise<ReflectionNote[]> {
  const notes = await db.reflections.orderBy('updatedAt').reverse().toArray();
  return notes.filter((n) => n.text.trim() !== '');
}
