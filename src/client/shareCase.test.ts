import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { refuseCaseDraft, saveCaseDraft } from '../db/caseDrafts';
import { emptyCaseFields, openCaseDraft } from './shareCase';

describe('openCaseDraft', () => {
  it('starts a new case with the competencies a module link names, ignoring malformed ones', async () => {
    const draft = await openCaseDraft('?competency=mapping%3A2&competency=bad&competency=value-selling:1');
    expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(draft.fields.competencies).toEqual([
      { competency: 'mapping', level: 2 },
      { competency: 'value-selling', level: 1 },
    ]);
    expect(draft.state).toBe('draft');
  });

  it('reopens a draft kept on this device, with the reason the server refused it', async () => {
    await saveCaseDraft({ id: 'kept', fields: { ...emptyCaseFields(), title: 'Kept' } }, true);
    await refuseCaseDraft('kept', 'title: too long');
    expect(await openCaseDraft('?draft=kept')).toMatchObject({
      id: 'kept',
      fields: { title: 'Kept' },
      state: 'refused',
      refusal: 'title: too long',
    });
  });

  it('starts afresh when the draft named is not on this device', async () => {
    const draft = await openCaseDraft('?draft=gone');
    expect(draft.id).not.toBe('gone');
    expect(draft.fields).toEqual(emptyCaseFields());
  });
});
