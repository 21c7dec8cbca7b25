import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { BadgeAchievements } from '../../src/lib/badges/badgeAchievementsSchema.ts';
import { badgesDue } from '../../src/lib/badges/badgesDue.ts';
import { openBadgeCredential } from '../../src/lib/badges/openBadgeCredential.ts';
import { STATUS_LIST_BITS } from '../../src/lib/badges/statusListBits.ts';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { COHESION_URN } from '../../src/lib/progress/xapiIds.ts';
import { standingFromStatements } from '../../src/lib/workforce/learnerStanding.ts';
import { statementsOf } from '../api/statementsOf.ts';
import { followStoredStatements } from '../storage/followStoredStatements.ts';
import type { Repository } from '../storage/repository.ts';
import type { badgeAddresses } from './badgeAddresses.ts';
import type { IssuerSigningKey } from './issuerSigningKey.ts';
import { signCredential } from './signCredential.ts';

const KIND = 'badges';
/** The aggregate key of the issuer's cursor: the newest statement seq whose learners have their badges. */
const CURSOR = '';

/** What the issuer reads: the site's curriculum and achievements, the signing key, the public addresses. */
export interface BadgeIssuerContext {
  repository: Repository;
  curriculumOf: () => Promise<PlannerCurriculum>;
  achievementsOf: () => Promise<BadgeAchievements>;
  signingKey: () => Promise<IssuerSigningKey>;
  addresses: ReturnType<typeof badgeAddresses>;
}

/**
 * Issues Open Badges as stored statements show learners reaching levels: after each committed batch
 * (and before a learner's badges are listed) the learners whose statements changed since the cursor
 * get their levels derived by the workforce's rule (`standingFromStatements`, the site's rule) and
 * one signed credential per competency level reached that they do not hold yet. The database's
 * unique key (learner, competency, level) keeps it to one however many processes or syncs race.
 */
export function badgeIssuer(context: BadgeIssuerContext) {
  const { repository, addresses } = context;

  async function issueFor(key: string, levels: Record<string, number>, achievements: BadgeAchievements) {
    const signing = await context.signingKey();
    for (const achievement of badgesDue(levels, achievements.achievements)) {
      await repository.issueBadge(
        { agentKey: key, competency: achievement.competency, level: achievement.level },
        async (statusIndex) => {
          const id = randomUUID();
          const salt = randomBytes(16).toString('hex');
          const issued = new Date();
          const credential = openBadgeCredential(
            achievement,
            achievements.organisation,
            {
              issuerId: addresses.issuer,
              credentialUrl: addresses.credential(id),
              statusListUrl: addresses.statusList(Math.floor(statusIndex / STATUS_LIST_BITS)),
              statusIndex: statusIndex % STATUS_LIST_BITS,
            },
            {
              identityHash: `sha256$${createHash('sha256')
                .update(key + salt)
                .digest('hex')}`,
              salt,
            },
            issued,
          );
          const jwt = await signCredential(credential, signing);
          return {
            id,
            statusIndex,
            agentKey: key,
            competency: achievement.competency,
            level: achievement.level,
            jwt,
            issuedMs: issued.getTime(),
            revokedMs: null,
          };
        },
      );
    }
  }

  async function catchUp(): Promise<void> {
    const [curriculum, achievements] = await Promise.all([context.curriculumOf(), context.achievementsOf()]);
    const stored = await repository.readAggregates(KIND);
    const from = (JSON.parse(stored.get(CURSOR) ?? 'null') as { through: number } | null)?.through ?? 0;
    const { through, agentKeys } = await repository.agentsChangedSince(from);
    if (through === from) return;
    for (const key of agentKeys) {
      const statements = await statementsOf(repository, key);
      await yieldToEventLoop();
      if (!statements.some((s) => 'id' in s.object && String(s.object.id).startsWith(COHESION_URN))) continue;
      await issueFor(key, standingFromStatements(statements, curriculum).levels, achievements);
    }
    await repository.writeAggregates(KIND, [[CURSOR, JSON.stringify({ through })]]);
  }

  // Issues every badge the statements stored so far have earned; a failed pass (no built site yet,
  // storage closing) is run again by the next listing.
  return followStoredStatements(repository, catchUp);
}
