import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../../server/testing/testBackends.ts';
import { useTestServer } from '../../server/testing/testServer.ts';
import { AppDB } from '../../src/db/AppDB';
import { loadStatements, recordStatements } from '../../src/db/events';
import { saveJourneySnapshot } from '../../src/db/journeySnapshot';
import { connect, createSyncStore, loadSyncRecord } from '../../src/db/syncStore';
import { journeyRecordSchema } from '../../src/lib/journey/journeyRecord';
import { journeySnapshotOf } from '../../src/lib/journey/journeySnapshotOf';
import { deriveProgress } from '../../src/lib/progress/deriveProgress';
import { type LearningStatement, type Stamp, statements } from '../../src/lib/progress/statements';
import { JOURNEY_STATE, VERBS } from '../../src/lib/progress/xapiIds';
import { createLrsClient } from '../../src/lib/sync/lrsClient';
import type { LrsAgent, LrsConnection } from '../../src/lib/sync/lrsConnectionSchema';
import { runSync } from '../../src/lib/sync/runSync';
import { withRetry } from '../../src/lib/sync/withRetry';
import { journeyDocument } from '../../src/lib/workforce/testCurriculum';
import { installTestLrs } from '../helpers/installTestLrs';
import { startXapiStatements } from '../helpers/startXapiStatements';

// Sync end to end in Node: two "devices" are two IndexedDB databases (fake-indexeddb), the LRS is a
// real server over HTTP (Cohesion's, on each storage backend, and a third-party one).

const fastRetry: typeof withRetry = (fn) => withRetry(fn, { policy: { startingDelay: 5, numOfAttempts: 3 } });
let n = 0;
const stampFor = (agent: LrsAgent): Stamp => ({
  actor: { objectType: 'Agent', ...agent } as Stamp['actor'],
  id: () => crypto.randomUUID(),
  now: () => new Date(Date.UTC(2026, 10, 1, 9, 0, n++)).toISOString(),
});

async function device(name: string, connection: LrsConnection) {
  const db = new AppDB(`${name}-${crypto.randomUUID()}`);
  await connect(connection, db);
  const store = createSyncStore(db);
  const sync = async () =>
    runSync(createLrsClient(connection), store, connection.agent, (await loadSyncRecord(db)).device, fastRetry);
  return { db, store, sync, record: (s: LearningStatement[]) => recordStatements(s, db) };
}

/** A planned journey's machine snapshot, aiming at a path (or the engagement model, for null). */
const snapshotAiming = (pathId: string | null) => journeySnapshotOf(journeyDocument('global', pathId));

const completed = (db: AppDB) =>
  loadStatements(db).then((log) =>
    Object.entries(deriveProgress(log).modules)
      .filter(([, m]) => m.status === 'completed')
      .map(([id]) => id)
      .sort(),
  );

for (const backend of TEST_BACKENDS) {
  describe(`sync with Cohesion's server (${backend.name})`, () => {
    const { server, admin } = useTestServer(backend);
    const agent: LrsAgent = { account: { homePage: 'https://coe.example', name: 'alice' } };
    const connection = async (username: string): Promise<LrsConnection> => {
      const credentials = await server.addCredentials(username, 'learner', { objectType: 'Agent', ...agent } as never);
      return { endpoint: `${server.url}/xapi/`, ...credentials, agent, kind: 'cohesion' };
    };
    const serverIds = async () => {
      const ids: string[] = [];
      let url = `/statements?agent=${encodeURIComponent(JSON.stringify(agent))}&limit=7`;
      for (;;) {
        const body = (await (await server.xapi(url, { auth: admin })).json()) as {
          statements: { id: string }[];
          more?: string;
        };
        ids.push(...body.statements.map((s) => s.id));
        if (!body.more) return ids;
        url = body.more.replace(/^\/xapi/, '');
      }
    };

    it('brings two devices to the union of their progress, with every statement on the server exactly once', async () => {
      const phone = await device('phone', await connection('alice-phone'));
      const laptop = await device('laptop', await connection('alice-laptop'));
      const stamp = stampFor(agent);
      await phone.record([
        statements.experiencedModule(stamp, 'mapping', 'Mapping'),
        statements.completedModule(stamp, 'mapping', 'Mapping'),
      ]);
      // More than one batch and more than one page (limit 7 above), from the laptop.
      await laptop.record(
        Array.from({ length: 60 }, (_, i) => statements.answeredCheck(stamp, 'value', `q${i}`, true, [0])),
      );
      await laptop.record([statements.completedModule(stamp, 'value', 'Value')]);

      expect((await phone.sync()).sent).toBe(2);
      const laptopRun = await laptop.sync();
      expect(laptopRun).toMatchObject({ sent: 61, received: 2 });
      expect((await phone.sync()).received).toBe(61);
      // Syncing again changes nothing.
      expect(await phone.sync()).toMatchObject({ sent: 0, received: 0 });

      expect(await completed(phone.db)).toEqual(['mapping', 'value']);
      expect(await completed(laptop.db)).toEqual(['mapping', 'value']);
      const ids = await serverIds();
      expect(ids).toHaveLength(63);
      expect(new Set(ids)).toEqual(new Set((await loadStatements(phone.db)).map((s) => s.id)));
      expect(await phone.db.outbox.count()).toBe(0);
    });

    it('applies voiding from another device', async () => {
      const phone = await device('phone', await connection('alice-phone-2'));
      const laptop = await device('laptop', await connection('alice-laptop-2'));
      const stamp = stampFor(agent);
      const mistaken = statements.completedModule(stamp, 'planning', 'Planning');
      await phone.record([mistaken]);
      await phone.sync();
      await laptop.sync();
      expect(await completed(laptop.db)).toContain('planning');
      await phone.record([
        {
          id: crypto.randomUUID(),
          actor: stamp.actor,
          timestamp: stamp.now(),
          verb: VERBS.voided,
          object: { objectType: 'StatementRef', id: mistaken.id },
        },
      ]);
      await phone.sync();
      await laptop.sync();
      expect(await completed(laptop.db)).not.toContain('planning');
    });

    it('keeps the journey in the State resource, and merges a plan changed on two devices instead of overwriting it', async () => {
      const phone = await device('phone', await connection('alice-phone-3'));
      const laptop = await device('laptop', await connection('alice-laptop-3'));
      await saveJourneySnapshot(snapshotAiming(null), phone.db);
      expect((await phone.sync()).journey).toBe('sent');
      expect((await laptop.sync()).journey).toBe('received');
      expect((await laptop.store.journey())?.target).toEqual({ kind: 'model' });

      // Both change the plan before syncing again: the laptop's change is the later one.
      await saveJourneySnapshot(snapshotAiming('phone'), phone.db, () => new Date('2099-01-01T09:00:00Z'));
      await saveJourneySnapshot(snapshotAiming('laptop'), laptop.db, () => new Date('2099-01-01T09:01:00Z'));
      expect((await laptop.db.journey.get('me'))?.updatedAt).toBe('2099-01-01T09:01:00.000Z');
      expect((await laptop.sync()).journey).toBe('sent');
      const merged = await phone.sync();
      expect(merged.journey).toBe('merged');
      // A code the page words in its language, with the device and time of the plan kept.
      expect(merged.notice).toEqual({
        code: 'journeyMerged',
        keptFrom: 'another device',
        keptAt: '2099-01-01T09:01:00.000Z',
      });
      expect((await phone.store.journey())?.target).toEqual({ kind: 'path', pathId: 'laptop' });
      const onServer = await createLrsClient(await connection('alice-reader')).getState(
        JOURNEY_STATE.activityId,
        agent,
        JOURNEY_STATE.stateId,
      );
      expect(onServer?.document).toMatchObject({ version: 1, target: { kind: 'path', pathId: 'laptop' } });
    });

    it('reads a journey document in the snapshot shape of earlier releases, and replaces it with a record', async () => {
      const reader = createLrsClient(await connection('alice-reader-old'));
      const old = await reader.getState(JOURNEY_STATE.activityId, agent, JOURNEY_STATE.stateId);
      const snapshotDocument = {
        snapshot: snapshotAiming('older'),
        updatedAt: '2099-02-01T09:00:00.000Z',
        device: 'an older release',
      };
      await reader.putState(JOURNEY_STATE.activityId, agent, JOURNEY_STATE.stateId, snapshotDocument, old?.etag);
      const tablet = await device('tablet', await connection('alice-tablet'));
      expect((await tablet.sync()).journey).toBe('received');
      expect(await tablet.store.journey()).toMatchObject({ target: { kind: 'path', pathId: 'older' } });

      await saveJourneySnapshot(snapshotAiming('newer'), tablet.db, () => new Date('2099-02-01T10:00:00Z'));
      expect((await tablet.sync()).journey).toBe('sent');
      const onServer = await reader.getState(JOURNEY_STATE.activityId, agent, JOURNEY_STATE.stateId);
      expect(journeyRecordSchema.safeParse(onServer?.document).success).toBe(true);
      expect(onServer?.document).toMatchObject({ version: 1, target: { kind: 'path', pathId: 'newer' } });
    });

    it("refuses another learner's agent with advice instead of retrying", async () => {
      const mallory = await device('mallory', {
        ...(await connection('mallory')),
        agent: { account: { homePage: 'https://coe.example', name: 'bob' } },
      });
      await mallory.record([
        statements.completedModule(stampFor({ account: { homePage: 'https://coe.example', name: 'bob' } }), 'x', 'X'),
      ]);
      await expect(mallory.sync()).rejects.toMatchObject({ kind: 'auth', status: 403 });
      expect(await mallory.db.outbox.count()).toBe(1);
    });
  });
}

describe('sync with a third-party LRS (xapi-statements, xAPI 1.0.3, statements only)', () => {
  let lrs: Awaited<ReturnType<typeof startXapiStatements>>;
  beforeAll(async () => {
    // The first run installs the LRS's own package (tests/lrs), which takes minutes on a slow machine.
    await installTestLrs();
    lrs = await startXapiStatements();
  }, 600_000);
  afterAll(() => lrs.stop());

  it('syncs two devices to the same union, keeping the plan on each device and saying why', async () => {
    const agent: LrsAgent = { mbox: 'mailto:carol@example.org' };
    const connection = (username: string): LrsConnection => ({
      endpoint: lrs.endpoint,
      username,
      password: 'secret',
      agent,
      kind: 'lrs',
    });
    const phone = await device('phone', connection('phone'));
    const laptop = await device('laptop', connection('laptop'));
    const stamp = stampFor(agent);
    await phone.record([statements.completedModule(stamp, 'mapping', 'Mapping')]);
    await laptop.record([statements.completedModule(stamp, 'value', 'Value')]);
    await saveJourneySnapshot(snapshotAiming(null), phone.db);
    const first = await phone.sync();
    expect(first.sent).toBe(1);
    expect(first.notice).toEqual({ code: 'noDocuments' });
    await laptop.sync();
    await phone.sync();
    expect(await completed(phone.db)).toEqual(['mapping', 'value']);
    expect(await completed(laptop.db)).toEqual(['mapping', 'value']);
  });
});
