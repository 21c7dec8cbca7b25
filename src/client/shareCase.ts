import type { CaseDraft, CaseFields } from '../db/AppDB';

export type { CaseFields };

import { loadCaseDraft, saveCaseDraft } from '../db/caseDrafts';

/** An empty case, with the competencies a module develops when the form was opened from it. */
export const emptyCaseFields = (competencies: CaseFields['competencies'] = []): CaseFields => ({
  title: '',
  situation: '',
  action: '',
  result: '',
  reuse: '',
  competencies,
  showName: false,
});

/**
 * Reads the share page's address: `?draft=<id>` reopens a draft kept in this browser;
 * `?competency=<id>:<level>` (repeatable, from a module's link) prefills the competencies.
 */
export async function openCaseDraft(search: string): Promise<Pick<CaseDraft, 'id' | 'fields' | 'state' | 'refusal'>> {
  const params = new URLSearchParams(search);
  const draftId = params.get('draft');
  const kept = draftId ? await loadCaseDraft(draftId) : undefined;
  if (kept) return kept;
  const competencies = params
    .getAll('competency')
    .map((pair) => /^([a-z0-9-]+):(\d+)$/.exec(pair))
    .flatMap((m) => (m ? [{ competency: m[1]!, level: Number(m[2]) }] : []))
    .slice(0, 5);
  return { id: crypto.randomUUID(), fields: emptyCaseFields(competencies), state: 'draft' };
}

/**
 * Keeps the draft in this browser; `submit` queues it and asks this page's sync engine for a run,
 * which sends it now when connected and online, or as soon as the device is back online.
 */
export async function keepCaseDraft(id: string, fields: CaseFields, submit: boolean): Promise<CaseDraft> {
  const saved = await saveCaseDraft({ id, fields }, submit);
  if (submit)
    void import('./syncEngine').then(async ({ getSyncEngine }) =>
      (await getSyncEngine()).send({ type: 'sync.request' }),
    );
  return saved;
}
