import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, type CaseFields } from './AppDB';
import {
  listCaseDrafts,
  loadCaseDraft,
  queuedCaseDrafts,
  refuseCaseDraft,
  removeCaseDraft,
  saveCaseDraft,
} from './caseDrafts';

const fields: CaseFields = {
  title: 'Joint account plan with the payer',
  situation: 'S',
  action: 'A',
  result: 'R',
  reuse: 'U',
  competencies: [{ competency: 'account-planning', level: 2 }],
  showName: false,
};
const at = (iso: string) => () => new Date(iso);
let db: AppDB;
afterEach(() => db.delete());

describe('caseDrafts', () => {
  it('keeps a saved draft out of the sync queue until the learner submits it', async () => {
    db = new AppDB('drafts-1');
    await saveCaseDraft({ id: 'c1', fields }, false, db, at('2026-06-01T10:00:00Z'));
    expect(await queuedCaseDrafts(db)).toEqual([]);
    await saveCaseDraft(
      { id: 'c1', fields: { ...fields, title: 'Better title' } },
      true,
      db,
      at('2026-06-01T10:05:00Z'),
    );
    expect((await queuedCaseDrafts(db)).map((d) => d.fields.title)).toEqual(['Better title']);
  });

  it('queues submitted drafts oldest first and lists every draft newest first', async () => {
    db = new AppDB('drafts-2');
    await saveCaseDraft({ id: 'late', fields }, true, db, at('2026-06-02T00:00:00Z'));
    await saveCaseDraft({ id: 'early', fields }, true, db, at('2026-06-01T00:00:00Z'));
    expect((await queuedCaseDrafts(db)).map((d) => d.id)).toEqual(['early', 'late']);
    expect((await listCaseDrafts(db)).map((d) => d.id)).toEqual(['late', 'early']);
  });

  it('keeps a refused draft with its reason, out of the queue, until it is changed and submitted again', async () => {
    db = new AppDB('drafts-3');
    await saveCaseDraft({ id: 'c1', fields }, true, db);
    await refuseCaseDraft('c1', 'title: at most 120 characters', db);
    expect(await queuedCaseDrafts(db)).toEqual([]);
    expect(await loadCaseDraft('c1', db)).toMatchObject({ state: 'refused', refusal: 'title: at most 120 characters' });
    const again = await saveCaseDraft({ id: 'c1', fields }, true, db);
    expect(again.refusal).toBeUndefined();
    expect(again.state).toBe('queued');
  });

  it('remembers that a draft updates a case the server holds, and forgets a draft once accepted', async () => {
    db = new AppDB('drafts-4');
    await saveCaseDraft({ id: 'c1', fields, resubmit: true }, false, db);
    expect((await saveCaseDraft({ id: 'c1', fields }, true, db)).resubmit).toBe(true);
    await removeCaseDraft('c1', db);
    expect(await listCaseDrafts(db)).toEqual([]);
  });
});
