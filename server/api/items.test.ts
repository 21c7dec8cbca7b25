import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemBank } from '../../src/lib/itemAnalysis/itemBankSchema.ts';
import { type ItemReport, itemReportSchema } from '../../src/lib/itemAnalysis/itemReportSchema.ts';
import { type LearningStatement, statements } from '../../src/lib/progress/statements.ts';
import { testStamp } from '../../src/lib/progress/testStamp.ts';
import { VERBS } from '../../src/lib/progress/xapiIds.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { startTestServer, useTestServer } from '../testing/testServer.ts';

const choice = (id: string, ...options: Array<[text: string, correct: boolean]>) => ({
  id,
  type: 'single',
  question: `Question ${id}?`,
  options: options.map(([text, correct]) => ({ text, correct })),
});
const bank: ItemBank = {
  settings: { minResponses: 30, tooEasy: 0.9, tooHard: 0.3, minDiscrimination: 0 },
  modules: [
    {
      id: 'mapping',
      title: 'Stakeholder mapping',
      file: 'content/modules/mapping.mdx',
      checks: [
        choice('separates', ['Right', true], ['Wrong', false]),
        choice('tempting', ['Right', true], ['Tempting', false], ['Other', false]),
        choice('rare', ['Right', true], ['Wrong', false]),
        choice('backwards', ['Right', true], ['Wrong', false]),
      ],
    },
    {
      id: 'value',
      title: 'Value case',
      file: 'content/modules/value.mdx',
      checks: [choice('easy', ['Right', true], ['Wrong', false])],
    },
  ],
};

/**
 * 40 learners; the first 24 complete "mapping". "separates": passers right unless i % 4 = 0, the
 * others right only when i % 4 = 0; "tempting": right when i % 5 < 2, else "Tempting"; "rare": only 4
 * answer; "backwards": right only for those who do not pass; value's "easy": wrong when i % 20 = 0.
 * Everyone then answers mapping's checks again, right: second attempts do not count. Learner 39
 * first answered "easy" wrong in a statement later voided.
 */
function seed(): { log: LearningStatement[]; voidable: LearningStatement } {
  const log: LearningStatement[] = [];
  let voidable: LearningStatement | undefined;
  for (let i = 0; i < 40; i++) {
    const stamp = testStamp({ name: `item-${i}`, prefix: String(i).padStart(8, '0'), stepMs: 60_000 });
    const pass = i < 24;
    const answer = (check: string, right: boolean, wrong = 1, module = 'mapping') =>
      statements.answeredCheck(stamp, module, check, right, right ? [0] : [wrong]);
    if (i === 39) voidable = answer('easy', false, 1, 'value');
    log.push(
      answer('separates', pass ? i % 4 !== 0 : i % 4 === 0),
      answer('tempting', i % 5 < 2),
      ...(i < 4 ? [answer('rare', true)] : []),
      answer('backwards', !pass),
      answer('easy', i % 20 !== 0, 1, 'value'),
      ...['separates', 'tempting', 'backwards'].map((check) => answer(check, true)),
      ...(pass ? [statements.completedModule(stamp, 'mapping', 'Stakeholder mapping')] : []),
    );
  }
  return { log, voidable: voidable! };
}

describe.each(TEST_BACKENDS)('GET /api/items ($name)', (backend) => {
  const { server, admin } = useTestServer(
    backend,
    {},
    { siteFiles: { 'coverage/item-bank.json': JSON.stringify(bank) } },
  );
  let lead: string;
  let learner: string;
  const api = (path: string, auth?: string) =>
    fetch(`${server.url}/api${path}`, auth === undefined ? {} : { headers: { Authorization: auth } });
  const report = async (query = ''): Promise<ItemReport> => {
    const response = await api(`/items${query}`, lead);
    expect(response.status, query).toBe(200);
    return itemReportSchema.parse(await response.json());
  };
  const post = async (body: unknown) =>
    expect((await server.xapi('/statements', { method: 'POST', auth: admin, body: JSON.stringify(body) })).status).toBe(
      200,
    );

  beforeAll(async () => {
    lead = await server.addUser('lead', 'lead');
    learner = await server.addUser('learner', 'learner', {
      account: { homePage: 'https://learner.cohesion.invalid', name: 'item-0' },
    });
    const { log, voidable } = seed();
    await post([voidable, ...log]);
    const voider = testStamp({ name: 'item-39', prefix: 'ffffffff', start: '2026-12-01T00:00:00Z' });
    await post([
      {
        id: voider.id(),
        timestamp: voider.now(),
        actor: voider.actor,
        verb: VERBS.voided,
        object: { objectType: 'StatementRef', id: voidable.id },
      },
    ]);
  });

  it('lists the flagged questions with their module file, figures and flags, from first attempts only', async () => {
    const r = await report();
    expect(r).toMatchObject({ settings: bank.settings, questions: 5, analysed: 4, flagged: 3 });
    expect(r.items.map((i) => i.check)).toEqual(['tempting', 'backwards', 'easy']);
    const [tempting, backwards, easy] = r.items;
    // 10 of 24 passers and 6 of 16 others right: phi = (10 × 10 − 6 × 14) / √(16 × 24 × 24 × 16) = 1/24.
    expect(tempting).toMatchObject({ module: 'mapping', file: 'content/modules/mapping.mdx', responses: 40 });
    expect(tempting!.difficulty).toBe(0.4);
    expect(tempting!.discrimination).toBeCloseTo(1 / 24, 12);
    expect(tempting!.options.map((o) => [o.chosen, o.share])).toEqual([
      [16, 0.4],
      [24, 0.6],
      [0, 0],
    ]);
    expect(tempting!.flags).toEqual([
      {
        kind: 'distractor-beats-answer',
        option: 1,
        message: 'wrong option 2 ("Tempting") is chosen more often than the right answer (60% of first attempts)',
      },
    ]);
    expect(backwards).toMatchObject({ difficulty: 0.4, discrimination: -1 });
    expect(backwards!.flags.map((f) => f.kind)).toEqual(['negative-discrimination', 'distractor-beats-answer']);
    // Learner 39's voided wrong answer does not count: 38 of 40 right.
    expect(easy).toMatchObject({ module: 'value', file: 'content/modules/value.mdx', responses: 40, difficulty: 0.95 });
    expect(easy!.discrimination).toBeNull(); // nobody passed "value"
    expect(easy!.flags).toEqual([{ kind: 'too-easy', message: 'too easy: 95% right at the first attempt' }]);
  });

  it('lists every analysed question with ?show=all, never one below the minimum, and one module with ?module=', async () => {
    const all = await report('?show=all');
    expect(all.items.map((i) => i.check)).toEqual(['separates', 'tempting', 'backwards', 'easy']);
    const separates = all.items[0]!;
    expect(separates.difficulty).toBe(0.55);
    expect(separates.discrimination).toBeCloseTo((18 * 12 - 4 * 6) / Math.sqrt(22 * 18 * 24 * 16), 12);
    expect(separates.flags).toEqual([]);
    expect(JSON.stringify(all)).not.toContain('rare');
    const value = await report('?module=value&show=all');
    expect(value).toMatchObject({ questions: 1, analysed: 1, flagged: 1 });
    expect(value.items.map((i) => i.check)).toEqual(['easy']);
  });

  it('answers 401 without credentials and 403 to a learner', async () => {
    expect((await api('/items')).status).toBe(401);
    const forbidden = await api('/items', learner);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).message).toMatch(/COE leads and admins/);
    expect((await api('/items', admin)).status).toBe(200);
  });

  it('answers 400 with a message to an unknown parameter or value, an unknown module and a repeated parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['?learner=item-0', /Invalid item analysis query: query: Unrecognized key: "learner"/],
      ['?show=some', /Invalid item analysis query: show: .*"flagged"/],
      ['?module=Not%20An%20Id', /Invalid item analysis query: module: must be a kebab-case id/],
      ['?module=atlantis', /Unknown module "atlantis"/],
      ['?show=all&show=flagged', /Parameter "show" is given more than once/],
    ];
    for (const [query, message] of cases) {
      const response = await api(`/items${query}`, lead);
      expect(response.status, query).toBe(400);
      expect((await response.json()).message, query).toMatch(message);
    }
  });

  it('counts statements stored since the last report', async () => {
    const late = testStamp({ name: 'item-late', prefix: 'eeeeeeee' });
    await post([statements.answeredCheck(late, 'value', 'easy', false, [1])]);
    const easy = (await report('?module=value')).items[0]!;
    expect(easy).toMatchObject({ responses: 41, difficulty: 38 / 41 });
  });
});

describe('GET /api/items without a built site', () => {
  it('answers 503 and says the site must be built', async () => {
    const server = await startTestServer(TEST_BACKENDS[0]!);
    try {
      const lead = await server.addUser('lead', 'lead');
      const response = await fetch(`${server.url}/api/items`, { headers: { Authorization: lead } });
      expect(response.status).toBe(503);
      expect((await response.json()).message).toMatch(/item-bank\.json is missing/);
    } finally {
      await server.close();
    }
  });
});
