import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FieldCaseInput } from '../../src/lib/cases/fieldCaseSchema.ts';
import { activityId, EXTENSIONS, VERBS } from '../../src/lib/progress/xapiIds.ts';
import { testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

const curriculum = {
  ...testCurriculum,
  functions: [
    { id: 'sales', name: 'Sales' },
    { id: 'medical', name: 'Medical' },
  ],
};
const agentOf = (name: string) => ({
  objectType: 'Agent' as const,
  account: { homePage: 'https://coe.example', name },
});
const draft = (rest: Partial<FieldCaseInput> = {}): FieldCaseInput => ({
  id: randomUUID(),
  title: 'Opening a payer dialogue with a budget-impact model',
  situation: 'A regional payer had **paused** the listing.',
  action: 'We co-built the model with their pharmacist.',
  result: 'Listed within *four* months.',
  reuse: '- Start from their budget\n- Agree the inputs first',
  competencies: [{ competency: 'mapping', level: 2 }],
  region: 'global',
  function: 'sales',
  showName: false,
  ...rest,
});
// Each allowed tag of a rendered case; anything else in its HTML would be markup a learner wrote.
const ALLOWED_TAGS = /^<\/?(p|ul|ol|li|em|strong|br|a)(\s|>|$)/;

describe.each(TEST_BACKENDS)('field cases ($name)', (backend) => {
  const { server, admin } = useTestServer(
    backend,
    { CASE_SUBMISSIONS_PER_HOUR: '3', WORKFORCE_MIN_GROUP: '2' },
    { siteFiles: { 'curriculum.json': JSON.stringify(curriculum) } },
  );
  let users = 0;
  /** A new learner device credential (its own agent unless `agent` is given). */
  const newLearner = (agent = agentOf(`learner-${++users}-${randomUUID()}`)) =>
    server.addUser(`device-${++users}`, 'learner', agent);
  const newLead = () => server.addUser(`lead-${++users}`, 'lead');
  const call = async (auth: string | undefined, path: string, init: { method?: string; json?: unknown } = {}) => {
    const headers = new Headers();
    if (auth !== undefined) headers.set('Authorization', auth);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    const response = await fetch(`${server.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
  const submit = (auth: string, fieldCase: unknown) => call(auth, '/cases', { method: 'POST', json: fieldCase });
  const decide = (auth: string, id: string, decision: object) =>
    call(auth, `/cases/${id}/decisions`, { method: 'POST', json: decision });
  const library = async (auth: string, query = '') => {
    const answer = await call(auth, `/cases/library${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.cases as Array<{
      id: string;
      author: string | null;
      title: string;
      html: Record<string, string>;
    }>;
  };
  const statementsAbout = async (caseId: string) => {
    const response = await server.xapi(`/statements?activity=${encodeURIComponent(activityId.fieldCase(caseId))}`, {
      auth: admin,
    });
    return (await response.json()).statements as Array<{
      verb: { id: string };
      actor: { account: { name: string } };
      context: { contextActivities: { other: Array<{ id: string }> }; extensions: Record<string, unknown> };
    }>;
  };

  it('stores a submission once: the same case again answers 200 and records nothing new', async () => {
    const learner = await newLearner();
    const fieldCase = draft();
    const first = await submit(learner, fieldCase);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.case).toMatchObject({ case: fieldCase, status: 'submitted', comment: null });
    expect(first.body.case.html.situation).toBe('<p>A regional payer had <strong>paused</strong> the listing.</p>');

    const again = await submit(learner, fieldCase);
    expect(again.status).toBe(200);
    expect(again.body.case).toEqual(first.body.case);
    const mine = await call(learner, '/cases/mine');
    expect(mine.body.cases).toHaveLength(1);
    expect(mine.body.cases[0].history.map((h: { action: string }) => h.action)).toEqual(['submitted']);

    const statements = await statementsAbout(fieldCase.id);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.verb.id).toBe(VERBS.shared.id);
    expect(statements[0]!.actor.account.name).toMatch(/^learner-/);
    expect(statements[0]!.context.contextActivities.other.map((a) => a.id)).toEqual([activityId.competency('mapping')]);
    expect(statements[0]!.context.extensions[EXTENSIONS.competencyLevels]).toEqual([
      { competency: 'mapping', level: 2 },
    ]);

    const changed = await submit(learner, { ...fieldCase, title: 'Another title' });
    expect(changed.status).toBe(409);
    expect(changed.body.message).toMatch(/PUT \/api\/cases\/:id/);
  });

  it("refuses a learner's submission or edit of another learner's case, and leaves it as it was", async () => {
    const [owner, other] = [await newLearner(), await newLearner()];
    const fieldCase = draft();
    expect((await submit(owner, fieldCase)).status).toBe(201);

    const taken = await submit(other, { ...fieldCase, title: 'Hijacked' });
    expect(taken.status).toBe(403);
    expect(taken.body.message).toMatch(/another learner/);
    const edited = await call(other, `/cases/${fieldCase.id}`, {
      method: 'PUT',
      json: { ...fieldCase, title: 'Hijacked' },
    });
    expect(edited.status).toBe(403);
    expect((await call(other, '/cases/mine')).body.cases).toEqual([]);
    expect((await call(owner, '/cases/mine')).body.cases[0].case.title).toBe(fieldCase.title);
  });

  it('keeps the queue, decisions and counts to leads and admins, and submissions to learners', async () => {
    const [learner, lead] = [await newLearner(), await newLead()];
    const fieldCase = draft();
    expect((await submit(learner, fieldCase)).status).toBe(201);

    for (const [path, method] of [
      ['/cases', 'GET'],
      ['/cases?status=all', 'GET'],
      ['/cases/counts', 'GET'],
      [`/cases/${fieldCase.id}/decisions`, 'POST'],
    ] as const) {
      const answer = await call(learner, path, {
        method,
        json: method === 'POST' ? { decision: 'approve' } : undefined,
      });
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body.message).toMatch(/leads/);
    }
    for (const auth of [lead, admin]) {
      const asLead = await submit(auth, draft());
      expect(asLead.status).toBe(403);
      expect(asLead.body.message).toMatch(/Only learners share field cases/);
      expect((await call(auth, `/cases/${fieldCase.id}`, { method: 'PUT', json: fieldCase })).status).toBe(403);
      expect((await call(auth, '/cases/mine')).status).toBe(403);
    }
    expect((await call(undefined, '/cases/library')).status).toBe(401);
    expect((await call(undefined, '/cases/mine')).status).toBe(401);
  });

  it('takes a case through changes requested, resubmission and approval, recording every step with who and when', async () => {
    const [learner, lead] = [await newLearner(), await newLead()];
    const fieldCase = draft();
    await submit(learner, fieldCase);
    const queue = await call(lead, '/cases');
    expect(queue.body.cases.map((c: { case: { id: string } }) => c.case.id)).toContain(fieldCase.id);

    const noComment = await decide(lead, fieldCase.id, { decision: 'requestChanges' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.message).toMatch(/comment/);
    const asked = await decide(lead, fieldCase.id, {
      decision: 'requestChanges',
      comment: 'Name the payer type, not the payer.',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.case.status).toBe('changesRequested');
    expect((await call(lead, '/cases')).body.cases.map((c: { case: { id: string } }) => c.case.id)).not.toContain(
      fieldCase.id,
    );

    const [mine] = (await call(learner, '/cases/mine')).body.cases;
    expect(mine).toMatchObject({ status: 'changesRequested', comment: 'Name the payer type, not the payer.' });
    const resubmitted = await call(learner, `/cases/${fieldCase.id}`, {
      method: 'PUT',
      json: { ...fieldCase, situation: 'A regional single payer had paused the listing.' },
    });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    expect(resubmitted.body.case.status).toBe('submitted');

    const approved = await decide(lead, fieldCase.id, {
      decision: 'approve',
      edits: { title: 'A budget-impact model opens the payer' },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const view = approved.body.case;
    expect(view).toMatchObject({ status: 'approved', case: { title: 'A budget-impact model opens the payer' } });
    expect(
      view.history.map((h: { action: string; by: string; edited: string[] }) => [h.action, h.by, h.edited]),
    ).toEqual([
      ['submitted', expect.stringMatching(/^device-/), []],
      ['requestChanges', expect.stringMatching(/^lead-/), []],
      ['resubmitted', expect.stringMatching(/^device-/), []],
      ['approve', expect.stringMatching(/^lead-/), ['title']],
    ]);
    for (const h of view.history) expect(Date.parse(h.at)).toBeGreaterThan(Date.now() - 60_000);

    const verbs = (await statementsAbout(fieldCase.id)).map((s) => [s.verb.id, s.actor.account.name]);
    expect(verbs).toEqual(
      expect.arrayContaining([
        [VERBS.shared.id, expect.stringMatching(/^learner-/)],
        [VERBS.approved.id, expect.stringMatching(/^lead-/)],
      ]),
    );
    expect(verbs).toHaveLength(2);
    // A retried approval changes nothing and records no second statement.
    expect((await decide(lead, fieldCase.id, { decision: 'approve' })).status).toBe(200);
    expect(await statementsAbout(fieldCase.id)).toHaveLength(2);

    const late = await call(learner, `/cases/${fieldCase.id}`, { method: 'PUT', json: fieldCase });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/approved/);
    expect((await decide(lead, fieldCase.id, { decision: 'requestChanges', comment: 'x' })).status).toBe(409);
    expect((await decide(lead, randomUUID(), { decision: 'approve' })).status).toBe(404);
  });

  it('never publishes a declined or pending case, and withdraws an approved one that is declined', async () => {
    const [learner, second, lead] = [await newLearner(), await newLearner(), await newLead()];
    const [pending, changes, declined, approved] = [draft(), draft(), draft(), draft()];
    for (const c of [pending, changes, declined]) expect((await submit(learner, c)).status).toBe(201);
    expect((await submit(second, approved)).status).toBe(201);
    await decide(lead, changes.id, { decision: 'requestChanges', comment: 'Shorter, please.' });
    await decide(lead, declined.id, { decision: 'decline', comment: 'This names a customer.' });
    await decide(lead, approved.id, { decision: 'approve' });

    const ids = (await library(learner)).map((c) => c.id);
    expect(ids).toContain(approved.id);
    for (const hidden of [pending, changes, declined]) expect(ids).not.toContain(hidden.id);
    expect((await decide(lead, declined.id, { decision: 'approve' })).status).toBe(409);

    expect((await decide(lead, approved.id, { decision: 'decline', comment: 'Withdrawn.' })).status).toBe(200);
    expect((await library(learner)).map((c) => c.id)).not.toContain(approved.id);
  });

  it("shows the author's name only when they chose to show it, in the library and to leads", async () => {
    const [learner, lead, reader] = [await newLearner(), await newLearner(), await newLearner()];
    const leadAuth = await newLead();
    const named = draft({ showName: true, authorName: 'Amira K.' });
    const anonymous = draft({ showName: false, authorName: 'Should Not Show' });
    for (const c of [named, anonymous]) {
      expect((await submit(learner, c)).status).toBe(201);
      expect((await decide(leadAuth, c.id, { decision: 'approve' })).status).toBe(200);
    }
    const shown = Object.fromEntries((await library(reader)).map((c) => [c.id, c.author]));
    expect(shown[named.id]).toBe('Amira K.');
    expect(shown[anonymous.id]).toBeNull();
    const inQueue = (await call(leadAuth, '/cases?status=approved')).body.cases as Array<{
      case: { id: string };
      authorName: string | null;
    }>;
    expect(inQueue.find((c) => c.case.id === anonymous.id)?.authorName).toBeNull();
    expect(JSON.stringify(await library(lead))).not.toContain('Should Not Show');
    const missingName = await submit(learner, draft({ showName: true }));
    expect(missingName.status).toBe(400);
    expect(missingName.body.message).toMatch(/^authorName: /);
  });

  it('filters the library by competency, level, region or archetype, and function', async () => {
    const [learner, lead] = [await newLearner(), await newLearner()];
    const leadAuth = await newLead();
    const tag = randomUUID().slice(0, 8);
    const a = draft({
      title: `${tag} a`,
      competencies: [{ competency: 'value', level: 3 }],
      region: 'global',
      function: 'medical',
    });
    const b = draft({
      title: `${tag} b`,
      competencies: [{ competency: 'value', level: 1 }],
      region: undefined,
      archetype: 'emerging',
      function: 'sales',
    });
    for (const c of [a, b]) {
      await submit(learner, c);
      await decide(leadAuth, c.id, { decision: 'approve' });
    }
    const titles = async (query: string) =>
      (await library(lead, query)).filter((c) => c.title.startsWith(tag)).map((c) => c.title);
    expect(await titles('?competency=value')).toEqual(expect.arrayContaining([`${tag} a`, `${tag} b`]));
    expect(await titles('?competency=value&level=3')).toEqual([`${tag} a`]);
    expect(await titles('?region=emerging')).toEqual([`${tag} b`]);
    expect(await titles('?archetype=emerging&function=sales')).toEqual([`${tag} b`]);
    expect(await titles('?function=medical')).toEqual([`${tag} a`]);
    expect(await titles('?competency=mapping')).toEqual([]);
    for (const bad of ['?level=high', '?competency=<script>', '?sort=new', '?region=a&region=b']) {
      const answer = await call(lead, `/cases/library${bad}`);
      expect(answer.status, bad).toBe(400);
      expect(answer.body.message).toBeTruthy();
    }
  });

  it('refuses a case naming what the curriculum lacks, naming each field', async () => {
    const learner = await newLearner();
    const answer = await submit(
      learner,
      draft({ competencies: [{ competency: 'juggling', level: 2 }], region: 'atlantis', function: 'magic' }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/competencies\.0\.competency: "juggling"/);
    expect(answer.body.message).toMatch(/region: "atlantis"/);
    expect(answer.body.message).toMatch(/function: "magic"/);
    expect((await call(learner, '/cases/mine')).body.cases).toEqual([]);
  });

  it("limits each learner's submissions an hour, all their devices together, and keeps identical resends free", async () => {
    const agent = agentOf(`limited-${randomUUID()}`);
    const [phone, laptop, other] = [await newLearner(agent), await newLearner(agent), await newLearner()];
    const cases = [draft(), draft(), draft()];
    expect((await submit(phone, cases[0])).status).toBe(201);
    expect((await submit(laptop, cases[1])).status).toBe(201);
    // A resubmission counts as a submission.
    expect(
      (await call(phone, `/cases/${cases[0]!.id}`, { method: 'PUT', json: { ...cases[0], title: 'Retitled' } })).status,
    ).toBe(200);

    const refused = await submit(laptop, cases[2]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(3000);
    expect(refused.body.message).toMatch(/CASE_SUBMISSIONS_PER_HOUR = 3/);
    expect((await call(phone, '/cases/mine')).body.cases).toHaveLength(2);
    // Sending a stored case again is not a new submission.
    expect((await submit(laptop, cases[1])).status).toBe(200);
    expect((await submit(other, draft())).status).toBe(201);
  });

  it('refuses oversized bodies and fields with a message, before reading them', async () => {
    const learner = await newLearner();
    const huge = await submit(learner, draft({ situation: 'x'.repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/at most 128 KiB/);
    const long = await submit(learner, draft({ situation: 'x'.repeat(4001) }));
    expect(long.status).toBe(400);
    expect(long.body.message).toBe('situation: Keep the situation to 4,000 characters.');
    const deep = await submit(learner, draft({ reuse: `${'- '.repeat(40)}x` }));
    expect(deep.status).toBe(400);
    expect(deep.body.message).toMatch(/Nest lists and quotes/);
    const wrong = await call(learner, '/cases', { method: 'POST', json: [1, 2] });
    expect(wrong.status).toBe(400);
    expect((await call(learner, '/cases/mine')).body.cases).toEqual([]);
  });

  it('stores injection attempts in every field as text and renders them without markup', async () => {
    const [learner, reader] = [await newLearner(), await newLearner()];
    const lead = await newLead();
    const attacks = [
      '<script>alert(document.cookie)</script>',
      '<img src=x onerror=alert(1)>',
      '[click me](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)',
      '![tracker](https://evil.example/pixel.png)',
      '<a href="https://evil.example" onclick="steal()">html link</a> <iframe src="https://evil.example"></iframe>',
      "Robert'); DROP TABLE field_cases;-- ' OR '1'='1",
      `${'W'.repeat(3000)}`,
      '\u202Eevil\u202C مرحبا \u200Bhidden\u200B\uFEFF',
    ].join('\n\n');
    const fieldCase = draft({
      title: `<b>Bold</b> "quoted" '); DROP TABLE users;-- \u202Egnp.exe`,
      situation: attacks,
      action: attacks,
      result: attacks,
      reuse: attacks,
      showName: true,
      authorName: '<script>alert("name")</script>',
    });
    const stored = await submit(learner, fieldCase);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    expect((await decide(lead, fieldCase.id, { decision: 'approve' })).status).toBe(200);

    const [entry] = (await library(reader)).filter((c) => c.id === fieldCase.id) as Array<
      Record<string, unknown> & { html: Record<string, string> }
    >;
    expect(entry).toBeDefined();
    // Stored as written, but for the invisible characters that disguise text.
    expect(entry!.title).toBe(`<b>Bold</b> "quoted" '); DROP TABLE users;-- gnp.exe`);
    expect(entry!.author).toBe('<script>alert("name")</script>');
    const expected = attacks.replace(/[\u202A-\u202E\u200B\uFEFF]/g, '');
    for (const field of ['situation', 'action', 'result', 'reuse'] as const) {
      expect(entry![field]).toBe(expected);
      const html = entry!.html[field]!;
      for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag, field).toMatch(ALLOWED_TAGS);
      expect(html).not.toMatch(/<(script|img|iframe)|javascript:|data:text|href="https:\/\/evil/i);
      expect(html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
      expect(html).toContain('<p>tracker</p>');
      expect(html).toContain('Robert&#39;); DROP TABLE field_cases;-- &#39; OR &#39;1&#39;=&#39;1');
      expect(html).toContain('W'.repeat(3000));
    }
    // The tables are whole: the learner's cases still answer.
    expect((await call(learner, '/cases/mine')).body.cases).toHaveLength(1);

    for (const [field, value] of [
      ['id', "1'; DROP TABLE field_cases;--"],
      ['region', '<script>'],
      ['function', "sales' OR 1=1"],
      ['competencies', [{ competency: 'mapping<svg onload=alert(1)>', level: 1 }]],
      ['competencies', [{ competency: 'mapping', level: '1 OR 1=1' }]],
      ['showName', 'yes'],
      ['html', '<b>forged</b>'],
    ] as const) {
      const answer = await submit(learner, { ...draft(), [field]: value });
      expect(answer.status, field).toBe(400);
      expect(answer.body.message).toMatch(new RegExp(field === 'html' ? 'Unrecognized key: "html"' : `^${field}`));
    }
  });

  it('lets a signed-in lead decide from the browser only with the session’s form token', async () => {
    const learner = await newLearner();
    const fieldCase = draft();
    await submit(learner, fieldCase);
    const { username, password } = await server.addCredentials(`lead-browser-${++users}`, 'lead');
    const browser = browserClient(server.url);
    await browser.signIn(username, password);
    const forged = await browser.call(`/api/cases/${fieldCase.id}/decisions`, {
      method: 'POST',
      json: { decision: 'approve' },
      csrf: false,
    });
    expect(forged.status).toBe(403);
    const real = await browser.call(`/api/cases/${fieldCase.id}/decisions`, {
      method: 'POST',
      json: { decision: 'approve' },
    });
    expect(real.status).toBe(200);
  });

  it('counts approved cases per competency, region and function for leads, hiding a small number of contributors', async () => {
    const lead = await newLead();
    const counts = await call(lead, '/cases/counts');
    expect(counts.status).toBe(200);
    expect(counts.body).toMatchObject({ minGroup: 2 });
    expect(counts.body.total).toBeGreaterThan(0);
    expect(counts.body.byCompetency.map((c: { competency: string }) => c.competency)).toContain('mapping');
    expect(counts.body.byFunction).toEqual(expect.arrayContaining([expect.objectContaining({ function: 'sales' })]));
    expect(counts.body.contributors).toBeGreaterThanOrEqual(2);
  });
});
