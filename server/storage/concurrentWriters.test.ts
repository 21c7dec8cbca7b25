import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { storableStatement } from '../testing/storableStatement.ts';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';

const statement = (client: number, id = randomUUID()) => ({
  id,
  actor: { mbox: `mailto:writer${client}@example.com` },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'urn:test:concurrency' },
});

describe.each(TEST_BACKENDS)('50 concurrent writers ($name)', (backend) => {
  const { server, admin } = useTestServer(backend);

  it('stores every statement exactly once, even when clients retry the same ids at the same time', async () => {
    const shared = Array.from({ length: 10 }, () => statement(999, randomUUID()));
    const sent = new Set<string>(shared.map((s) => s.id));
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let round = 0; round < 4; round++) {
          const batch = round % 2 === 0 ? [statement(client)] : Array.from({ length: 5 }, () => statement(client));
          for (const s of batch) sent.add(s.id);
          const response = await server.xapi('/statements', {
            method: 'POST',
            auth: admin,
            body: JSON.stringify(batch),
          });
          expect(response.status).toBe(200);
        }
        // Every client also retries the same shared statements: they must be stored once, never refused.
        const retry = await server.xapi('/statements', {
          method: 'POST',
          auth: admin,
          body: JSON.stringify([shared[client % shared.length]]),
        });
        expect(retry.status).toBe(200);
      }),
    );
    const seen: string[] = [];
    let next = '/xapi/statements?limit=100&ascending=true';
    while (next !== '') {
      const page = await (
        await fetch(`${server.url}${next}`, { headers: { Authorization: admin, 'X-Experience-API-Version': '2.0.0' } })
      ).json();
      seen.push(...page.statements.map((s: { id: string }) => s.id));
      next = page.more;
    }
    expect(seen).toHaveLength(sent.size);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(sent);
  }, 30_000);

  it('refuses a statement holding a NUL character, and the writers posting beside it are stored', async () => {
    const hostile = { ...statement(0), actor: { mbox: 'mailto:hostile@example.com', name: 'a\u0000b' } };
    const others = Array.from({ length: 8 }, (_, client) => statement(client + 1));
    const responses = await Promise.all(
      [[hostile], ...others.map((s) => [s])].map((batch) =>
        server.xapi('/statements', { method: 'POST', auth: admin, body: JSON.stringify(batch) }),
      ),
    );
    expect(responses[0]!.status).toBe(400);
    expect(await responses[0]!.text()).toMatch(/statement\.actor\.name: .*NUL/);
    expect(responses.slice(1).map((r) => r.status)).toEqual(others.map(() => 200));
  });
});

describe.each(TEST_BACKENDS)('a batch the database refuses ($name)', (backend) => {
  const repository = useTestRepository(backend);

  it('fails alone: batches written in the same group are stored', async () => {
    // Below validation (which refuses NUL), PostgreSQL refuses a NUL in an indexed text column.
    const refused = storableStatement({ actor: { mbox: 'mailto:nul@example.com', name: 'a\u0000b' } });
    const batches = [[storableStatement()], [refused], [storableStatement()], [storableStatement()]];
    const outcomes = await Promise.allSettled(batches.map((b) => repository.insertStatements(b, [], isSameStatement)));
    for (const i of [0, 2, 3]) {
      expect(outcomes[i]!.status).toBe('fulfilled');
      expect(await repository.findStatement(batches[i]![0]!.statement.id!)).toBeDefined();
    }
  });
});
