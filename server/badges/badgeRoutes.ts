import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { badgeCounts } from '../../src/lib/badges/badgeCounts.ts';
import { bakedBadgePng } from '../../src/lib/badges/bakedBadgePng.ts';
import { bakedBadgeSvg } from '../../src/lib/badges/bakedBadgeSvg.ts';
import { STATUS_LIST_BITS } from '../../src/lib/badges/statusListBits.ts';
import { jsonBody } from '../api/jsonBody.ts';
import type { SiteCurriculum } from '../api/readSiteCurriculum.ts';
import { leadOf } from '../auth/leadOf.ts';
import type { Principal } from '../auth/principal.ts';
import type { BadgeRecord, Repository } from '../storage/repository.ts';
import { XapiError } from '../xapi/xapiError.ts';
import { badgeAchievementsReader } from './badgeAchievementsReader.ts';
import { badgeAddresses } from './badgeAddresses.ts';
import { badgeIssuer } from './badgeIssuer.ts';
import { type IssuerSigningKey, issuerSigningKey } from './issuerSigningKey.ts';
import { signCredential } from './signCredential.ts';
import { statusListCredential } from './statusListCredential.ts';

/** What the badge routes need from the API context. */
export interface BadgeContext {
  repository: Repository;
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site: its badges/achievements.json. */
  siteDir: string;
  /** The built site's curriculum.json. */
  curriculumOf: SiteCurriculum;
  publicUrl: string;
  /** The workforce view's k (WORKFORCE_MIN_GROUP): badge counts follow its small-group rule. */
  workforceMinGroup: number;
}

const VC_JWT = 'application/vc+jwt';
/** The picture every baked PNG badge shows (a tick on the badge disc); each download carries its own credential. */
const PNG_TEMPLATE = new URL('./badgeTemplate.png', import.meta.url);
const revokedSchema = z.strictObject({ revoked: z.boolean().describe('true revokes the badge, false restores it') });

/** A badge as the learner's and the lead's lists show it. */
const listed = (badge: BadgeRecord) => ({
  id: badge.id,
  competency: badge.competency,
  level: badge.level,
  issuedAt: new Date(badge.issuedMs).toISOString(),
  revoked: badge.revokedMs !== null,
  jwt: badge.jwt,
  credential: decodeJwt(badge.jwt),
});

/**
 * Open Badges 3.0 under `/api/badges/`: the issuer Profile, its keys (JWK Set and each JWK, the
 * credentials' `kid`), each credential by its id and baked into a PNG and an SVG image, the Bitstring Status List credentials (public);
 * the learner's own badges (`mine`, device credential); every badge and revoking or restoring one
 * (COE leads and admins). Badges are issued by `badgeIssuer` as statements are stored.
 */
export function badgeRoutes(app: FastifyInstance, context: BadgeContext) {
  const { repository } = context;
  const addresses = badgeAddresses(context.publicUrl);
  const achievementsOf = badgeAchievementsReader(context.siteDir);
  let key: Promise<IssuerSigningKey> | undefined;
  const signingKey = () => {
    key ??= issuerSigningKey(repository, addresses.key);
    key.catch(() => (key = undefined));
    return key;
  };
  const issuer = badgeIssuer({
    repository,
    curriculumOf: context.curriculumOf,
    achievementsOf,
    signingKey,
    addresses,
  });
  app.addHook('onClose', () => issuer.close());

  const leadOnly = (request: FastifyRequest) =>
    leadOf(context.principal, request, 'Badges are revoked and listed by COE leads and admins');

  app.get('/badges/issuer', async () => {
    const { organisation } = await achievementsOf();
    return {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: addresses.issuer,
      type: ['Profile'],
      name: organisation,
    };
  });

  app.get('/badges/issuer/jwks.json', async (_request, reply) =>
    reply.type('application/jwk-set+json').send({ keys: [(await signingKey()).publicJwk] }),
  );

  app.get('/badges/issuer/keys/:kid', async (request, reply) => {
    const { thumbprint, publicJwk } = await signingKey();
    if ((request.params as { kid: string }).kid !== thumbprint)
      throw new XapiError(404, 'No key of this issuer has that thumbprint.');
    return reply.type('application/jwk+json').send(publicJwk);
  });

  const badgeOf = async (request: FastifyRequest) => {
    const badge = await repository.findBadge((request.params as { id: string }).id);
    if (badge === undefined) throw new XapiError(404, 'No badge has this id: check the link you were given.');
    return badge;
  };
  app.get('/badges/credentials/:id', async (request, reply) => reply.type(VC_JWT).send((await badgeOf(request)).jwt));

  let template: Promise<Uint8Array> | undefined;
  app.get('/badges/credentials/:id/badge.png', async (request, reply) => {
    const badge = await badgeOf(request);
    template ??= readFile(PNG_TEMPLATE).then((bytes) => new Uint8Array(bytes));
    return reply.type('image/png').send(Buffer.from(bakedBadgePng(await template, badge.jwt)));
  });
  app.get('/badges/credentials/:id/badge.svg', async (request, reply) => {
    const badge = await badgeOf(request);
    const { achievements } = await achievementsOf();
    const achievement = achievements.find((a) => a.competency === badge.competency && a.level === badge.level);
    const label = {
      name: achievement?.name ?? badge.competency,
      levelName: achievement?.levelName ?? '',
      level: badge.level,
    };
    return reply.type('image/svg+xml').send(bakedBadgeSvg(badge.jwt, label));
  });
  app.get('/badges/status/:list', async (request, reply) => {
    const list = Number((request.params as { list: string }).list);
    if (!Number.isInteger(list) || list < 0) throw new XapiError(404, 'Status lists are numbered 0, 1, 2 …');
    const issued = await repository.listBadges();
    if (list > 0 && issued.length <= list * STATUS_LIST_BITS) throw new XapiError(404, 'No such status list yet.');
    const [{ organisation }, revoked, signing] = await Promise.all([
      achievementsOf(),
      repository.revokedStatusIndexes(),
      signingKey(),
    ]);
    const credential = statusListCredential(
      addresses.statusList(list),
      list,
      revoked,
      { id: addresses.issuer, name: organisation },
      new Date(),
    );
    return reply.type(VC_JWT).send(await signCredential(credential, signing));
  });

  app.get('/badges/mine', async (request) => {
    const principal = await context.principal(request);
    if (principal.role !== 'learner' || principal.agentKey === undefined)
      throw new XapiError(403, 'Only a learner’s device lists its learner’s badges.');
    await issuer.refresh();
    return { badges: (await repository.listBadges(principal.agentKey)).map(listed) };
  });

  app.get('/badges', async (request) => {
    await leadOnly(request);
    await issuer.refresh();
    return {
      badges: (await repository.listBadges()).map((badge) => {
        const { jwt: _jwt, credential: _credential, ...rest } = listed(badge);
        return { ...rest, learner: badge.agentKey };
      }),
    };
  });

  app.get('/badges/counts', async (request) => {
    await leadOnly(request);
    await issuer.refresh();
    const { achievements } = await achievementsOf();
    const names = new Map(achievements.map((a) => [a.competency, a.name]));
    const levels = new Map(achievements.map((a) => [a.level, a.levelName]));
    const held = (await repository.listBadges())
      .filter((b) => b.revokedMs === null)
      .map((b) => ({ learner: b.agentKey, competency: b.competency, level: b.level }));
    const counts = badgeCounts(
      held,
      [...names.keys()],
      [...levels.keys()].sort((a, b) => a - b),
      context.workforceMinGroup,
    );
    return {
      minGroup: context.workforceMinGroup,
      levels: [...levels].sort(([a], [b]) => a - b).map(([level, name]) => ({ level, name })),
      competencies: counts.map((c) => ({ ...c, name: names.get(c.competency)! })),
    };
  });

  app.post('/badges/:id/revoked', async (request) => {
    await leadOnly(request);
    const { revoked } = jsonBody(request, revokedSchema);
    const { id } = request.params as { id: string };
    if (!(await repository.setBadgeRevoked(id, revoked ? Date.now() : null)))
      throw new XapiError(404, 'No badge has this id.');
    return { id, revoked };
  });
}
