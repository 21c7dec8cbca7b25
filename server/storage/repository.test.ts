import { describe, expect, it } from 'vitest';
import { storableStatement } from '../testing/storableStatement.ts';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { MIGRATIONS } from './migrations.ts';

describe.each(TEST_BACKENDS)('repository contract ($name)', (backend) => {
  const repository = useTestRepository(backend);

  it('records every migration version once', async () => {
    expect(await repository.migrationVersions()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('stores a batch atomically: a conflicting id leaves nothing from the batch behind', async () => {
    const first = storableStatement();
    expect(await repository.insertStatements([first], [], isSameStatement)).toMatchObject({
      kind: 'stored',
      ids: [first.statement.id],
    });
    const fresh = storableStatement();
    const clash = storableStatement({ id: first.statement.id!, verb: { id: 'urn:other' } });
    expect(await repository.insertStatements([fresh, clash], [], isSameStatement)).toEqual({
      kind: 'conflict',
      id: first.statement.id,
    });
    expect(await repository.findStatement(fresh.statement.id!)).toBeUndefined();
  });

  it('gives batches written at the same moment each their own outcome: a conflict fails its batch alone', async () => {
    const first = storableStatement();
    await repository.insertStatements([first], [], isSameStatement);
    const target = storableStatement();
    const voiding = storableStatement({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: target.statement.id! },
    });
    const clash = storableStatement({ id: first.statement.id!, verb: { id: 'urn:other' } });
    const others = Array.from({ length: 5 }, () => storableStatement());
    const shared = storableStatement();
    const results = await Promise.all([
      repository.insertStatements([others[0]!, clash], [], isSameStatement),
      repository.insertStatements([voiding], [], isSameStatement),
      repository.insertStatements([target, shared], [], isSameStatement),
      repository.insertStatements([shared, ...others.slice(1)], [], isSameStatement),
      repository.insertStatements(
        [{ ...shared, statement: { ...shared.statement, verb: { id: 'urn:changed' } } }],
        [],
        isSameStatement,
      ),
    ]);
    expect(results.map((r) => r.kind)).toEqual(['conflict', 'stored', 'stored', 'stored', 'conflict']);
    expect(await repository.findStatement(others[0]!.statement.id!)).toBeUndefined();
    for (const s of [...others.slice(1), shared]) expect(await repository.findStatement(s.statement.id!)).toBeDefined();
    expect((await repository.findStatement(target.statement.id!))?.voided).toBe(true);
  });

  it('sets stored (and timestamp when missing) at commit and never lets stored go backwards', async () => {
    const a = storableStatement();
    const b = storableStatement();
    const ra = await repository.insertStatements([a], [], isSameStatement);
    const rb = await repository.insertStatements([b], [], isSameStatement);
    expect(ra.kind === 'stored' && rb.kind === 'stored' && ra.stored <= rb.stored).toBe(true);
    const found = await repository.findStatement(a.statement.id!);
    expect(found?.statement.timestamp).toBe(found?.statement.stored);
    expect(await repository.latestStored()).toBe(rb.kind === 'stored' ? rb.stored : '');
  });

  it('changes documents only through the decision it is handed, atomically', async () => {
    const scope = { kind: 'state' as const, activityId: 'urn:a', agentKey: 'mbox:mailto:r@x.com', registration: '' };
    await repository.changeDocument(scope, 'd', (current) => {
      expect(current).toBeUndefined();
      return {
        kind: 'put',
        document: { contentType: 'text/plain', content: Buffer.from('v1'), etag: 'e1', updatedMs: 1 },
      };
    });
    await expect(
      repository.changeDocument(scope, 'd', () => {
        throw new Error('precondition failed');
      }),
    ).rejects.toThrow('precondition failed');
    expect(Buffer.from((await repository.getDocument(scope, 'd'))!.content).toString()).toBe('v1');
    expect(await repository.listDocuments(scope)).toEqual({ ids: ['d'], lastUpdatedMs: 1 });
  });

  it('lists one State document across every agent and registration (or chosen agents), and nothing else, with or without content', async () => {
    const put = (agentKey: string, registration: string, docId: string, text: string) =>
      repository.changeDocument(
        { kind: 'state', activityId: 'urn:cohesion:journey', agentKey, registration },
        docId,
        () => ({
          kind: 'put',
          document: { contentType: 'application/json', content: Buffer.from(text), etag: text, updatedMs: 5 },
        }),
      );
    await put('account:https://h|b', '', 'urn:cohesion:state:journey', '{"b":1}');
    await put('account:https://h|a', '', 'urn:cohesion:state:journey', '{"a":1}');
    await put('account:https://h|a', '6a2f41a3-c54c-fce8-32d2-0324e1c32e22', 'urn:cohesion:state:journey', '{"a":2}');
    await put('account:https://h|a', '', 'urn:cohesion:state:other', '{"x":1}');
    const found = await repository.listStateDocuments('urn:cohesion:journey', 'urn:cohesion:state:journey');
    expect(found.map((d) => [d.agentKey, d.registration, Buffer.from(d.document.content).toString()])).toEqual([
      ['account:https://h|a', '', '{"a":1}'],
      ['account:https://h|a', '6a2f41a3-c54c-fce8-32d2-0324e1c32e22', '{"a":2}'],
      ['account:https://h|b', '', '{"b":1}'],
    ]);
    const versions = await repository.stateDocumentVersions('urn:cohesion:journey', 'urn:cohesion:state:journey');
    expect(versions).toEqual(
      found.map((d) => ({ agentKey: d.agentKey, registration: d.registration, etag: d.document.etag, updatedMs: 5 })),
    );
    const onlyB = await repository.listStateDocuments('urn:cohesion:journey', 'urn:cohesion:state:journey', [
      'account:https://h|b',
    ]);
    expect(onlyB.map((d) => d.agentKey)).toEqual(['account:https://h|b']);
  });

  it('stores quotes, backslashes, dollar-quote tags and non-ASCII text in every indexed field as given', async () => {
    const awkward = `O'Brien "\\" $j$ $j0$ $$ ; DROP TABLE statements; -- 日本語 🙂`;
    const actor = { name: awkward, account: { homePage: 'https://h.example', name: awkward } };
    const activityId = `urn:x:${encodeURIComponent(awkward)}'$j$`;
    const definition = { name: { 'en-US': awkward }, description: { 'en-US': 'a\\b\n"c"' } };
    const item = storableStatement({
      actor,
      verb: { id: `urn:verb:'$j$` },
      object: { objectType: 'Activity', id: activityId, definition },
      result: { response: awkward },
    });
    expect((await repository.insertStatements([item], [], isSameStatement)).kind).toBe('stored');
    const found = await repository.findStatement(item.statement.id!);
    expect(found?.statement).toMatchObject({ actor, result: { response: awkward } });
    const key = item.index.agents[0]!.key;
    const page = { relatedAgents: false, relatedActivities: false, ascending: false, limit: 10 };
    expect((await repository.queryStatements({ ...page, agentKey: key })).statements.map((s) => s.id)).toEqual([
      item.statement.id,
    ]);
    expect((await repository.queryStatements({ ...page, activityId })).statements.map((s) => s.id)).toEqual([
      item.statement.id,
    ]);
    expect(await repository.getAgentNames(key)).toEqual([awkward]);
    expect(await repository.getActivityDefinition(activityId)).toEqual(definition);
  });
});
