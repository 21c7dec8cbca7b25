import type { AppDB, CaseDraft, CaseFields } from './AppDB';
import { db as defaultDb } from './db';

/** Every field case drafted in this browser and not yet accepted by the server, newest first. */
export async function listCaseDrafts(db: AppDB = defaultDb): Promise<CaseDraft[]> {
  return (await db.caseDrafts.toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One draft by its case id, if this browser holds it. */
export const loadCaseDraft = (id: string, db: AppDB = defaultDb) => db.caseDrafts.get(id);

/**
 * Saves what the learner wrote. `submit` queues it for the next sync (a refusal is cleared: the
 * learner changed it); otherwise it stays a draft. A resubmission keeps its flag.
 */
export async function saveCaseDraft(
  draft: { id: string; fields: CaseFields; resubmit?: boolean },
  submit: boolean,
  db: AppDB = defaultDb,
  now: () => Date = () => new Date(),
): Promise<CaseDraft> {
  return db.transaction('rw', db.caseDrafts, async () => {
    const before = await db.caseDrafts.get(draft.id);
    const saved: CaseDraft = {
      id: draft.id,
      fields: draft.fields,
      state: submit ? 'queued' : 'draft',
      resubmit: draft.resubmit ?? before?.resubmit ?? false,
      updatedAt: now().toISOString(),
    };
    await db.caseDrafts.put(saved);
    return saved;
  });
}

/** The drafts the learner submitted, waiting for the device to sync, oldest first. */
export async function queuedCaseDrafts(db: AppDB = defaultDb): Promise<CaseDraft[]> {
  return (await db.caseDrafts.where('state').equals('queued').toArray()).sort((a, b) =>
    a.updatedAt.localeCompare(b.updatedAt),
  );
}

/** The server accepted the case: the draft is no longer needed. */
export const removeCaseDraft = (id: string, db: AppDB = defaultDb) => db.caseDrafts.delete(id);

/** The server refused the case: the draft stays, with the reason, until the learner changes it. */
export async function refuseCaseDraft(id: string, refusal: string, db: AppDB = defaultDb): Promise<void> {
  await db.caseDrafts.update(id, { state: 'refused', refusal });
}
