import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveProgress } from '../lib/progress/deriveProgress';
import { statements } from '../lib/progress/statements';
import { testStamp } from '../lib/progress/testStamp';
import { createLrsClient } from '../lib/sync/lrsClient';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { pullStatements } from '../lib/sync/pullStatements';
import { AppDB } from './AppDB';
import { loadStatements } from './events';
import { createSyncStore } from './syncStore';

const connection: LrsConnection = {
  endpoint: 'https://lrs.example/xapi/',
  username: 'k',
  password: 's',
  agent: { mbox: 'mailto:a@example.org' },
  kind: 'lrs',
};
const noRetry = <T>(run: () => Promise<T>) => run();

/** An LRS that is not conformant: it serves the given pages of statements as they are. */
function lrsServing(pages: unknown[][]) {
  let served = 0;
  return createLrsClient(connection, async (url) => {
    if (url.endsWith('/about')) return Response.json({ version: ['2.0.0'] });
    const page = served++;
    return Response.json({
      statements: pages[page] ?? [],
      ...(page + 1 < pages.length ? { more: `/xapi/statements?page=${page + 1}` } : {}),
    });
  });
}

let db: AppDB;
afterEach(async () => {
  await db?.delete();
});

describe('pulling statements into the browser', () => {
  const s = testStamp();
  const completed = { ...statements.completedModule(s, 'intro', 'Intro'), stored: '2026-03-01T10:00:00.000Z' };
  const { verb: _verb, ...withoutVerb } = {
    ...statements.completedModule(s, 'value', 'Value'),
    stored: '2026-03-01T10:00:01.000Z',
  };

  it('quarantines a statement that fails validation, with the reason, and adds only valid ones to the log', async () => {
    db = new AppDB('pull-quarantine');
    const added = await pullStatements(
      lrsServing([[completed, withoutVerb], ['not a statement']]),
      createSyncStore(db),
      connection.agent,
      noRetry,
    );
    expect(added).toBe(1);
    expect((await loadStatements(db)).map((x) => x.id)).toEqual([completed.id]);
    const quarantined = await db.quarantine.toArray();
    expect(quarantined.map((q) => q.reason).sort()).toEqual([
      'statement: Invalid input: expected object, received string',
      'verb: a statement needs a verb',
    ]);
    expect(quarantined.find((q) => q.key === withoutVerb.id)?.statement).toEqual(withoutVerb);
    expect(deriveProgress(await loadStatements(db)).modules.intro?.status).toBe('completed');
  });

  it('adds a statement served twice in one page once', async () => {
    db = new AppDB('pull-twice-in-page');
    const added = await pullStatements(
      lrsServing([[completed, completed]]),
      createSyncStore(db),
      connection.agent,
      noRetry,
    );
    expect(added).toBe(1);
    expect((await loadStatements(db)).map((x) => x.id)).toEqual([completed.id]);
  });

  it('keeps a bad statement pulled twice once, and moves the cursor past it', async () => {
    db = new AppDB('pull-quarantine-twice');
    const store = createSyncStore(db);
    await pullStatements(lrsServing([[withoutVerb]]), store, connection.agent, noRetry);
    await pullStatements(lrsServing([[withoutVerb]]), store, connection.agent, noRetry);
    expect(await db.quarantine.count()).toBe(1);
    expect(await store.pullCursor()).toBe(withoutVerb.stored);
    expect(await db.events.count()).toBe(0);
  });
});
