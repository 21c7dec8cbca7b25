import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_BACKEND } from '../../server/testing/testBackends';
import { useTestServer } from '../../server/testing/testServer';
import { AppDB, type CaseFields } from '../db/AppDB';
import { listCaseDrafts, saveCaseDraft } from '../db/caseDrafts';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { testCurriculum } from '../lib/workforce/testCurriculum';
import { callCases } from './caseApi';
import { submitCaseDrafts } from './submitCaseDrafts';

const fields = (title: string, rest: Partial<CaseFields> = {}): CaseFields => ({
  title,
  situation: 'A regional payer had paused the listing.',
  action: 'We co-built the model with their pharmacist.',
  result: 'Listed within four months.',
  reuse: 'Start from their budget.',
  competencies: [{ competency: 'mapping', level: 2 }],
  showName: false,
  ...rest,
});

describe('submitCaseDrafts', () => {
  // The real server over real HTTP and a real database: what a device's sync sends its drafts to.
  const { server } = useTestServer(
    SQLITE_BACKEND,
    {},
    { siteFiles: { 'curriculum.json': JSON.stringify(testCurriculum) } },
  );
  let devices = 0;
  async function device(): Promise<{ connection: LrsConnection; db: AppDB }> {
    const name = `device-${++devices}`;
    const agent = {
      objectType: 'Agent' as const,
      account: { homePage: 'https://coe.example', name: `learner-${randomUUID()}` },
    };
    const { username, password } = await server.addCredentials(name, 'learner', agent);
    const connection: LrsConnection = { endpoint: `${server.url}/xapi/`, username, password, agent, kind: 'cohesion' };
    return { connection, db: new AppDB(`drafts-${name}`) };
  }
  const mine = async (connection: LrsConnection) =>
    (
      await callCases<{ cases: Array<{ case: { id: string; title: string }; status: string }> }>(
        connection,
        '/mine',
        'GET',
        undefined,
        server.url,
      )
    ).cases;
  const opened: AppDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  it('sends each submitted draft once and forgets it; a draft not submitted stays on the device', async () => {
    const { connection, db } = await device();
    opened.push(db);
    const sent = randomUUID();
    await saveCaseDraft({ id: sent, fields: fields('Budget-impact model with a payer') }, true, db);
    await saveCaseDraft({ id: randomUUID(), fields: fields('Still writing') }, false, db);

    expect(await submitCaseDrafts(connection, { db, origin: server.url })).toEqual({ sent: 1, refused: 0 });
    expect(await submitCaseDrafts(connection, { db, origin: server.url })).toEqual({ sent: 0, refused: 0 });
    expect(await mine(connection)).toMatchObject([{ case: { id: sent }, status: 'submitted' }]);
    expect((await listCaseDrafts(db)).map((d) => d.fields.title)).toEqual(['Still writing']);
  });

  it("keeps a refused draft with the server's reason and still sends the drafts after it", async () => {
    const { connection, db } = await device();
    opened.push(db);
    const refused = randomUUID();
    await saveCaseDraft(
      { id: refused, fields: fields('Unknown competency', { competencies: [{ competency: 'nowhere', level: 2 }] }) },
      true,
      db,
      () => new Date('2026-06-01T00:00:00Z'),
    );
    await saveCaseDraft(
      { id: randomUUID(), fields: fields('A good one') },
      true,
      db,
      () => new Date('2026-06-02T00:00:00Z'),
    );

    expect(await submitCaseDrafts(connection, { db, origin: server.url })).toEqual({ sent: 1, refused: 1 });
    const [kept] = await listCaseDrafts(db);
    expect(kept).toMatchObject({ id: refused, state: 'refused' });
    expect(kept!.refusal).toMatch(/nowhere/);
    expect((await mine(connection)).map((c) => c.case.title)).toEqual(['A good one']);
  });

  it('leaves every draft queued when the server cannot be reached, for the next sync', async () => {
    const { connection, db } = await device();
    opened.push(db);
    await saveCaseDraft({ id: randomUUID(), fields: fields('Written on a plane') }, true, db);
    expect(await submitCaseDrafts(connection, { db, origin: 'http://127.0.0.1:9' })).toEqual({ sent: 0, refused: 0 });
    expect((await listCaseDrafts(db)).map((d) => d.state)).toEqual(['queued']);
  });

  it('sends a case the lead sent back as an update of the same case', async () => {
    const { connection, db } = await device();
    opened.push(db);
    const id = randomUUID();
    await saveCaseDraft({ id, fields: fields('First version') }, true, db);
    await submitCaseDrafts(connection, { db, origin: server.url });
    const lead = await server.addUser(`lead-${randomUUID().slice(0, 8)}`, 'lead');
    const decided = await fetch(`${server.url}/api/cases/${id}/decisions`, {
      method: 'POST',
      headers: { Authorization: lead, 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision: 'requestChanges', comment: 'Name the region.' }),
    });
    expect(decided.status, await decided.text()).toBe(200);

    await saveCaseDraft({ id, fields: fields('Second version', { region: 'global' }), resubmit: true }, true, db);
    expect(await submitCaseDrafts(connection, { db, origin: server.url })).toEqual({ sent: 1, refused: 0 });
    expect(await mine(connection)).toMatchObject([{ case: { id, title: 'Second version' }, status: 'submitted' }]);
  });
});
