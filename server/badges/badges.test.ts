import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { BadgeAchievements } from '../../src/lib/badges/badgeAchievementsSchema.ts';
import { credentialOfPng } from '../../src/lib/badges/bakedBadgePng.ts';
import { credentialOfSvg } from '../../src/lib/badges/bakedBadgeSvg.ts';
import { statements } from '../../src/lib/progress/statements.ts';
import { learnerStamp, testCurriculum } from '../../src/lib/workforce/testCurriculum.ts';
import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { independentVerifier } from '../testing/independentVerifier.ts';
import { TEST_BACKENDS } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

/** The official Open Badges 3.0 AchievementCredential schema (tests/fixtures/openbadges/README.md says where from). */
const ob3Schema = JSON.parse(
  readFileSync(
    new URL('../../tests/fixtures/openbadges/ob_v3p0_achievementcredential_schema.json', import.meta.url),
    'utf8',
  ),
);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validateOb3 = ajv.compile(ob3Schema);

const level = (competency: string, n: number, name: string) => ({
  competency,
  name: competency === 'mapping' ? 'Stakeholder mapping' : 'Value selling',
  level: n,
  levelName: name,
  descriptor: `${competency} descriptor at level ${n}`,
  case: {
    framework: { title: 'Test framework', identifier: 'doc-1', uri: 'urn:uuid:doc-1' },
    item: { identifier: `item-${competency}`, uri: `urn:uuid:item-${competency}` },
    level: { identifier: `level-${competency}-${n}`, uri: `urn:uuid:level-${competency}-${n}` },
  },
});
const achievements: BadgeAchievements = {
  organisation: 'Example Pharma COE',
  achievements: ['mapping', 'value'].flatMap((c) => testCurriculum.scale.map((s) => level(c, s.level, s.name))),
};
const siteFiles = {
  'curriculum.json': JSON.stringify(testCurriculum),
  'badges/achievements.json': JSON.stringify(achievements),
};

const agentOf = (name: string) => ({ account: { homePage: 'https://cohesion.invalid', name } });

interface Listed {
  id: string;
  competency: string;
  level: number;
  revoked: boolean;
  jwt: string;
  credential: Record<string, unknown>;
}

describe.each(TEST_BACKENDS)('Open Badges 3.0 ($name)', (backend) => {
  const { server } = useTestServer(backend, {}, { siteFiles, each: true });
  const api = (path: string, auth: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api${path}`, {
      ...init,
      headers: { Authorization: auth, 'Content-Type': 'application/json', ...init.headers },
    });
  const mine = async (auth: string): Promise<Listed[]> => {
    const response = await api('/badges/mine', auth);
    expect(response.status).toBe(200);
    return ((await response.json()) as { badges: Listed[] }).badges;
  };
  /** A learner device for `name`, and a function that syncs (posts) statements as it. */
  const learner = async (name: string, device = name) => {
    const auth = await server.addUser(device, 'learner', agentOf(name));
    const stamp = learnerStamp(name, '2026-03-02T09:00:00Z');
    const send = async (log: object[]) =>
      expect((await server.xapi('/statements', { method: 'POST', auth, body: JSON.stringify(log) })).status).toBe(200);
    return { auth, stamp, send };
  };
  /** did-jwt and @digitalbazaar/bitstring over HTTP: shares no code with the issuer (jose signs). */
  const verifier = independentVerifier((url) => url.replace(/^http:\/\/[^/]+/, server.url));

  it('issues one signed OpenBadgeCredential per competency level a learner reaches, valid by the Open Badges 3.0 schema', async () => {
    const ana = await learner('ana');
    expect(await mine(ana.auth)).toEqual([]);
    await ana.send([statements.completedModule(ana.stamp, 'map-deeper', 'Map deeper')]);
    const badges = await mine(ana.auth);
    expect(badges.map((b) => [b.competency, b.level])).toEqual([
      ['mapping', 1],
      ['mapping', 2],
    ]);
    const credential = badges[1]!.credential;
    expect(validateOb3(credential), JSON.stringify(validateOb3.errors)).toBe(true);
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { type: ['Profile'], name: 'Example Pharma COE' },
      credentialSubject: {
        achievement: {
          name: 'Stakeholder mapping: Practising',
          criteria: { narrative: 'mapping descriptor at level 2' },
          alignment: [
            { targetType: 'CFItem', targetCode: 'item-mapping', targetUrl: 'urn:uuid:item-mapping' },
            { targetType: 'CFRubricCriterionLevel', targetCode: 'level-mapping-2' },
          ],
        },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
    });
    // The learner's account is never in the credential, only its salted hash.
    expect(JSON.stringify(credential)).not.toContain('ana');
  });

  it('signs with a key whose public half is published over HTTP, and a tampered credential fails verification', async () => {
    const ana = await learner('ana');
    await ana.send([statements.completedModule(ana.stamp, 'map-basics', 'Map basics')]);
    const [badge] = await mine(ana.auth);
    // An independent verifier (did-jwt, not jose) with the key fetched from where the kid says.
    const payload = await verifier.verify(badge!.jwt);
    expect(payload.id).toBe(badge!.credential.id);
    // The credential's id is where anyone fetches it; the kid is where its key is.
    expect(await (await fetch(String(payload.id).replace(/^http:\/\/[^/]+/, server.url))).text()).toBe(badge!.jwt);
    const keys = (await (await fetch(`${server.url}/api/badges/issuer/jwks.json`)).json()) as { keys: object[] };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).not.toHaveProperty('d'); // the private key is never served

    const [header, body, signature] = badge!.jwt.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8'));
    claims.credentialSubject.achievement.name = 'Stakeholder mapping: Leading';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifier.verify(tampered)).rejects.toThrow(/invalid_signature/);
  });

  it('bakes each badge into a PNG and an SVG image whose credential the independent verifier accepts', async () => {
    const ana = await learner('ana');
    await ana.send([statements.completedModule(ana.stamp, 'map-basics', 'Map basics')]);
    const [badge] = await mine(ana.auth);
    const image = (kind: string) => fetch(`${server.url}/api/badges/credentials/${badge!.id}/badge.${kind}`);
    const png = await image('png');
    expect(png.headers.get('content-type')).toBe('image/png');
    const fromPng = credentialOfPng(new Uint8Array(await png.arrayBuffer()));
    const svg = await image('svg');
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svgText = await svg.text();
    expect(svgText).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
    expect(svgText).toContain('>Stakeholder mapping</text>');
    const fromSvg = credentialOfSvg(svgText);
    for (const baked of [fromPng, fromSvg]) {
      expect(baked).toBe(badge!.jwt);
      expect((await verifier.verify(baked!)).id).toBe(badge!.credential.id);
    }
    expect((await fetch(`${server.url}/api/badges/credentials/no-such-badge/badge.png`)).status).toBe(404);
  });

  it('issues each badge once, however many syncs race to store the statements that earn it', async () => {
    const phone = await learner('bo', 'bo-phone');
    const laptop = await learner('bo', 'bo-laptop');
    // Each sync alone earns mapping level 1.
    await Promise.all([
      phone.send([statements.completedModule(phone.stamp, 'map-basics', 'Map basics')]),
      laptop.send([statements.answeredAssessmentItem(phone.stamp, 'm1', 1, 1)]),
      laptop.send([statements.answeredAssessmentItem(phone.stamp, 'm2', 1, 1)]),
    ]);
    const lists = await Promise.all([mine(phone.auth), mine(laptop.auth), mine(phone.auth)]);
    for (const list of lists) expect(list.map((b) => [b.competency, b.level])).toEqual([['mapping', 1]]);
    // Two issuers meeting in the database: one signs, the other finds the badge there.
    const key = { agentKey: 'account:https://cohesion.invalid|bo', competency: 'mapping', level: 1 };
    const sign = async () => {
      throw new Error('must not sign a badge that exists');
    };
    expect(
      await Promise.all([server.repository.issueBadge(key, sign), server.repository.issueBadge(key, sign)]),
    ).toEqual([false, false]);
    const fresh = { ...key, competency: 'value' };
    const make = async (statusIndex: number) => ({
      ...fresh,
      id: `x-${statusIndex}-${Math.random()}`,
      statusIndex,
      jwt: 'j',
      issuedMs: 1,
      revokedMs: null,
    });
    expect(
      (
        await Promise.all([server.repository.issueBadge(fresh, make), server.repository.issueBadge(fresh, make)])
      ).sort(),
    ).toEqual([false, true]);
  });

  it('shows a learner only their own badges, and the full list only to leads', async () => {
    const ana = await learner('ana');
    const cy = await learner('cy');
    await ana.send([statements.completedModule(ana.stamp, 'map-basics', 'Map basics')]);
    expect(await mine(cy.auth)).toEqual([]);
    expect((await mine(ana.auth)).length).toBe(1);
    const lead = await server.addUser('lead', 'lead');
    expect((await api('/badges/mine', lead)).status).toBe(403);
    expect((await api('/badges', ana.auth)).status).toBe(403);
    const all = (await (await api('/badges', lead)).json()) as { badges: Array<Record<string, unknown>> };
    expect(all.badges).toHaveLength(1);
    expect(all.badges[0]).not.toHaveProperty('jwt');
  });

  it('lets a lead revoke and restore a badge, and the signed status list says so', async () => {
    const ana = await learner('ana');
    await ana.send([statements.completedModule(ana.stamp, 'map-basics', 'Map basics')]);
    const [badge] = await mine(ana.auth);
    const revokedNow = () => verifier.revoked(badge!.credential);
    expect(await revokedNow()).toBe(false);
    const lead = await server.addUser('lead', 'lead');
    const revoke = (auth: string, body: unknown, id = badge!.id) =>
      api(`/badges/${id}/revoked`, auth, { method: 'POST', body: JSON.stringify(body) });
    expect((await revoke(ana.auth, { revoked: true })).status).toBe(403);
    const bad = await revoke(lead, { revoked: 'yes' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/revoked/);
    expect((await revoke(lead, { revoked: true }, 'no-such-badge')).status).toBe(404);
    expect((await revoke(lead, { revoked: true })).status).toBe(200);
    expect(await revokedNow()).toBe(true);
    expect((await mine(ana.auth))[0]!.revoked).toBe(true);
    expect((await revoke(lead, { revoked: false })).status).toBe(200);
    expect(await revokedNow()).toBe(false);
  });

  it('counts badge holders per competency and level for leads, hiding groups under the workforce minimum', async () => {
    let deeper = '';
    for (const name of ['l1', 'l2', 'l3', 'l4', 'l5', 'l6']) {
      const one = await learner(name);
      await one.send([statements.completedModule(one.stamp, name === 'l6' ? 'map-deeper' : 'map-basics', 'Map')]);
      if (name === 'l6') deeper = one.auth;
    }
    const lead = await server.addUser('lead', 'lead');
    const learnerAuth = await server.addUser('someone', 'learner', agentOf('someone'));
    expect((await api('/badges/counts', learnerAuth)).status).toBe(403);
    const body = (await (await api('/badges/counts', lead)).json()) as {
      competencies: Array<{ competency: string; holders: Array<{ level: number; learners: number | null }> }>;
    };
    const mapping = body.competencies.find((c) => c.competency === 'mapping')!;
    // Six hold level 1; one holds level 2: hidden, and so is level 1, which would give it away (6 − 5).
    expect(mapping.holders.slice(0, 2)).toEqual([
      { level: 1, learners: null },
      { level: 2, learners: null },
    ]);
    const two = (await mine(deeper)).find((b) => b.level === 2);
    await api(`/badges/${two!.id}/revoked`, lead, { method: 'POST', body: JSON.stringify({ revoked: true }) });
    const after = (await (await api('/badges/counts', lead)).json()) as typeof body;
    expect(after.competencies.find((c) => c.competency === 'mapping')!.holders.slice(0, 2)).toEqual([
      { level: 1, learners: 6 },
      { level: 2, learners: 0 },
    ]);
  });

  it('keeps the issuer key across restarts of the app on the same database', async () => {
    const keysAt = async (url: string) =>
      ((await (await fetch(`${url}/api/badges/issuer/jwks.json`)).json()) as { keys: Array<{ x: string }> }).keys;
    const first = await keysAt(server.url);
    const restarted = await buildApp(
      server.repository,
      readConfig({ COHESION_SITE_DIR: server.siteDir!, LOG_LEVEL: 'silent' }),
      {
        logger: false,
      },
    );
    await restarted.listen({ port: 0, host: '127.0.0.1' });
    const address = restarted.server.address() as { port: number };
    try {
      expect(await keysAt(`http://127.0.0.1:${address.port}`)).toEqual(first);
    } finally {
      await restarted.close();
    }
  });
});
