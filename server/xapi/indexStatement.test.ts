import { describe, expect, it } from 'vitest';
import { indexStatement } from './indexStatement.ts';
import type { StatementJson } from './xapiTypes.ts';

describe('indexStatement', () => {
  it('marks actor, object agents and object activities direct; group members, context, authority and sub-statement parts related', () => {
    const statement: StatementJson = {
      actor: { objectType: 'Group', mbox: 'mailto:team@x.com', member: [{ mbox: 'mailto:m@x.com' }] },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: {
        objectType: 'SubStatement',
        actor: { mbox: 'mailto:s@x.com' },
        verb: { id: 'urn:v' },
        object: { id: 'urn:sub' },
      },
      context: {
        registration: 'ABCDEF00-0000-4000-8000-000000000000',
        instructor: { mbox: 'mailto:i@x.com' },
        contextActivities: { parent: [{ id: 'urn:parent', definition: { name: { en: 'P' } } }] },
      },
      authority: { mbox: 'mailto:auth@x.com' },
    };
    const index = indexStatement(statement);
    expect(index.agents).toEqual([
      { key: 'mbox:mailto:team@x.com', relation: 'direct' },
      { key: 'mbox:mailto:m@x.com', relation: 'related' },
      { key: 'mbox:mailto:auth@x.com', relation: 'related' },
      { key: 'mbox:mailto:i@x.com', relation: 'related' },
      { key: 'mbox:mailto:s@x.com', relation: 'related' },
    ]);
    expect(index.activities).toEqual([
      { id: 'urn:parent', relation: 'related' },
      { id: 'urn:sub', relation: 'related' },
    ]);
    expect(index.registration).toBe('abcdef00-0000-4000-8000-000000000000');
    expect(index.definitions).toEqual([{ id: 'urn:parent', definition: { name: { en: 'P' } } }]);
    expect(index.voids).toBe(false);
  });

  it('recognises a voiding statement and its target', () => {
    const index = indexStatement({
      actor: { mbox: 'mailto:a@x.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: 'AAAAAAAA-0000-4000-8000-000000000000' },
    });
    expect(index).toMatchObject({ voids: true, targetId: 'aaaaaaaa-0000-4000-8000-000000000000' });
  });
});
