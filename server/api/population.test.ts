import { describe, expect, it } from 'vitest';
import { populationSizesSchema } from '../../src/lib/evidence/populationSizesSchema.ts';
import { evidenceCurriculum } from '../../src/lib/evidence/seededPopulation.ts';
import { browserClient } from '../testing/browserClient.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

/** The evidence curriculum with French names for its functions, as `content/functions.yaml` carries them. */
const curriculum = {
  ...evidenceCurriculum,
  functions: evidenceCurriculum.functions.map((f) =>
    f.id === 'medical' ? { ...f, translations: { fr: 'Affaires médicales' } } : f,
  ),
};

describe.each(TEST_BACKENDS)('the population a lead enters per region and function ($name)', (backend) => {
  const { server } = useTestServer(backend, {}, { siteFiles: { 'curriculum.json': JSON.stringify(curriculum) } });
  const signedIn = async (name: string, role: 'lead' | 'admin') => {
    const { username, password } = await server.addCredentials(name, role);
    const browser = browserClient(server.url);
    await browser.signIn(username, password);
    return browser;
  };
  const sizesOf = async (response: Response) => populationSizesSchema.parse(await response.json());

  it('is stored per region and function given by id or by name, and every change is recorded with who and when', async () => {
    const lead = await signedIn('lead-pop', 'lead');
    const before = await sizesOf(await lead.call('/api/evidence/population'));
    expect(before.regions.map((r) => [r.id, r.size])).toEqual([
      ['global', null],
      ['emerging', null],
      ['multi-payer', null],
    ]);
    expect(before.functions.every((f) => f.size === null)).toBe(true);
    expect(before.changes).toEqual([]);

    const started = Date.now();
    const set = await lead.call('/api/evidence/population', {
      method: 'PUT',
      json: {
        sizes: [
          { dimension: 'region', id: 'global', size: 120 },
          { dimension: 'region', id: 'emerging MARKET', size: 80 },
          { dimension: 'function', id: 'affaires MÉDICALES', size: 40 },
        ],
      },
    });
    expect(set.status).toBe(200);
    const after = await sizesOf(set);
    expect(after.regions.map((r) => [r.id, r.size, r.updatedBy])).toEqual([
      ['global', 120, 'lead-pop'],
      ['emerging', 80, 'lead-pop'],
      ['multi-payer', null, null],
    ]);
    expect(after.functions.find((f) => f.id === 'medical')).toMatchObject({ size: 40, updatedBy: 'lead-pop' });
    expect(Date.parse(after.regions[0]!.updatedAt!)).toBeGreaterThanOrEqual(started - 1000);

    // An admin changes one size, clears another and repeats a third unchanged: two changes, kept with the first three.
    const admin = await signedIn('admin-pop', 'admin');
    const changed = await sizesOf(
      await admin.call('/api/evidence/population', {
        method: 'PUT',
        json: {
          sizes: [
            { dimension: 'region', id: 'global', size: 150 },
            { dimension: 'region', id: 'emerging', size: 80 },
            { dimension: 'function', id: 'medical', size: null },
          ],
        },
      }),
    );
    expect(changed.regions.map((r) => [r.id, r.size, r.updatedBy])).toEqual([
      ['global', 150, 'admin-pop'],
      ['emerging', 80, 'lead-pop'],
      ['multi-payer', null, null],
    ]);
    expect(changed.functions.find((f) => f.id === 'medical')).toMatchObject({ size: null, updatedBy: null });
    expect(changed.changes.map((c) => [c.dimension, c.id, c.size, c.changedBy])).toEqual(
      expect.arrayContaining([
        ['region', 'global', 150, 'admin-pop'],
        ['function', 'medical', null, 'admin-pop'],
        ['region', 'global', 120, 'lead-pop'],
        ['region', 'emerging', 80, 'lead-pop'],
        ['function', 'medical', 40, 'lead-pop'],
      ]),
    );
    expect(changed.changes).toHaveLength(5);
    // Newest first.
    expect(changed.changes.slice(0, 2).every((c) => c.changedBy === 'admin-pop')).toBe(true);
  });

  it('refuses bad input with a 400 that names every problem, and changes nothing', async () => {
    const lead = await signedIn('lead-bad', 'lead');
    const put = (json: unknown) => lead.call('/api/evidence/population', { method: 'PUT', json });
    const messageOf = async (response: Response) => {
      expect(response.status).toBe(400);
      return ((await response.json()) as { message: string }).message;
    };
    const before = await sizesOf(await lead.call('/api/evidence/population'));

    expect(await messageOf(await put({ sizes: [{ dimension: 'region', id: 'global', size: -3 }] }))).toBe(
      'sizes.0.size: A population cannot be negative.',
    );
    expect(await messageOf(await put({ sizes: [{ dimension: 'region', id: 'global', size: 12.5 }] }))).toBe(
      'sizes.0.size: Give a whole number of people.',
    );
    expect(await messageOf(await put({ sizes: [{ dimension: 'region', id: 'global', size: '12' }] }))).toBe(
      'sizes.0.size: Give the number of people as a whole number, or null to clear it.',
    );
    expect(await messageOf(await put({ sizes: [{ dimension: 'path', id: 'foundations', size: 3 }] }))).toMatch(
      /^sizes\.0\.dimension: /,
    );
    expect(await messageOf(await put({ sizes: [] }))).toBe('sizes: Give at least one size.');
    expect(
      await messageOf(
        await put({
          sizes: [
            { dimension: 'region', id: 'global', size: 10 },
            { dimension: 'region', id: 'atlantis', size: 10 },
            { dimension: 'function', id: 'procurement', size: 5 },
          ],
        }),
      ),
    ).toBe(
      'sizes.1: region "atlantis" is not one of the curriculum\'s; use one of global, emerging, multi-payer (or its name); sizes.2: function "procurement" is not one of the curriculum\'s; use one of kam, sales, medical, market-access, marketing, heor, service (or its name). Nothing was changed.',
    );
    expect(
      await messageOf(
        await put({
          sizes: [
            { dimension: 'region', id: 'global', size: 10 },
            { dimension: 'region', id: 'GLOBAL', size: 12 },
          ],
        }),
      ),
    ).toBe('sizes.1: region "global" is given twice; give it once. Nothing was changed.');
    expect(await sizesOf(await lead.call('/api/evidence/population'))).toEqual(before);
  });

  it('is for leads and admins: a learner gets a 403, a forged form without the CSRF token too', async () => {
    const learner = await server.addUser('learner-pop', 'learner', {
      objectType: 'Agent',
      account: { homePage: 'https://cohesion.invalid', name: 'pop' },
    });
    const asLearner = (method: string) =>
      fetch(`${server.url}/api/evidence/population`, {
        method,
        headers: { Authorization: learner, 'Content-Type': 'application/json' },
        body:
          method === 'GET' ? undefined : JSON.stringify({ sizes: [{ dimension: 'region', id: 'global', size: 1 }] }),
      });
    for (const method of ['GET', 'PUT']) {
      const refused = await asLearner(method);
      expect(refused.status).toBe(403);
      expect((await refused.json()).message).toBe(
        'Only COE leads and admins enter population sizes; sign in with a lead credential.',
      );
    }
    const lead = await signedIn('lead-csrf', 'lead');
    const forged = await lead.call('/api/evidence/population', {
      method: 'PUT',
      json: { sizes: [{ dimension: 'region', id: 'global', size: 1 }] },
      csrf: false,
    });
    expect(forged.status).toBe(403);
    const anonymous = await fetch(`${server.url}/api/evidence/population`);
    expect(anonymous.status).toBe(401);
  });
});
