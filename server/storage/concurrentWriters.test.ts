import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

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
});
