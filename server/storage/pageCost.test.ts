import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { agentKey } from '../xapi/agentKey.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { indexStatement } from '../xapi/indexStatement.ts';
import type { StatementJson } from '../xapi/xapiTypes.ts';
import type { StatementFilter } from './repository.ts';

// The sync pull is a learner's own-agent query: its page must cost the page, not the learner's
// history (tests/bench/serverBench.ts measures it at 100,000 statements; this is the quick guard:
// the old plan took ~70 ms here, a whole-history scan, far above the 50 ms of slack for a busy machine).
const HISTORY = 5000;
const learner = {
  objectType: 'Agent' as const,
  account: { homePage: 'https://cohesion.example', name: 'long-history' },
};
const key = agentKey(learner)!;

describe.each(TEST_BACKENDS)('statement page cost ($name)', (backend) => {
  const repository = useTestRepository(backend);
  beforeAll(async () => {
    for (let done = 0; done < HISTORY; done += 500) {
      const items = Array.from({ length: 500 }, (_, i) => {
        const statement: StatementJson = {
          id: randomUUID(),
          actor: learner,
          verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
          object: { id: `urn:cohesion:module:m${(done + i) % 40}` },
          authority: learner,
          version: '2.0.0',
        };
        return { statement, index: indexStatement(statement) };
      });
      await repository.insertStatements(items, [], isSameStatement);
    }
  }, 180_000);

  const fastest = async (filter: StatementFilter) => {
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const page = await repository.queryStatements(filter);
      best = Math.min(best, performance.now() - start);
      expect(page.statements).toHaveLength(50);
    }
    return best;
  };

  it("reads a learner's own-agent page about as fast as the learner's unfiltered page, whatever the history", async () => {
    const common = { relatedAgents: false, relatedActivities: false, ascending: false, limit: 50, ownerKey: key };
    const unfiltered = await fastest(common);
    const ownAgent = await fastest({ ...common, agentKey: key });
    const sinceOldest = await fastest({ ...common, agentKey: key, ascending: true, sinceMs: 0 });
    expect(ownAgent).toBeLessThan(3 * unfiltered + 50);
    expect(sinceOldest).toBeLessThan(3 * unfiltered + 50);
  });
});
