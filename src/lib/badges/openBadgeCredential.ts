import type { BadgeAchievement } from './badgeAchievementsSchema.ts';

/** The JSON-LD contexts of an Open Badges 3.0 credential (VC Data Model 2.0). */
export const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

/** Where the issuer publishes what a verifier needs: its profile, the credential itself, its status list. */
export interface IssuerAddresses {
  /** The issuer Profile's id, e.g. https://coe.example/api/badges/issuer. */
  issuerId: string;
  /** The credential's public address (its id). */
  credentialUrl: string;
  /** The status list credential the badge's bit is in. */
  statusListUrl: string;
  statusIndex: number;
}

/** What the credential says about its holder: a salted SHA-256 of the learner's account, never the account itself. */
export interface HolderIdentity {
  identityHash: string;
  salt: string;
}

/**
 * An Open Badges 3.0 `OpenBadgeCredential` (unsigned): the issuer Profile named after the
 * organisation, the learner's achievement of a competency at a level (criteria: the level's
 * descriptor; aligned to the competency's and level's CASE items) and a Bitstring Status List
 * entry for revocation.
 */
export function openBadgeCredential(
  achievement: BadgeAchievement,
  organisation: string,
  addresses: IssuerAddresses,
  holder: HolderIdentity,
  validFrom: Date,
) {
  const { case: caseLinks } = achievement;
  const title = `${achievement.name}: ${achievement.levelName}`;
  const achievementId =
    caseLinks?.level?.uri ??
    caseLinks?.item.uri ??
    `${addresses.issuerId}/achievements/${achievement.competency}/${achievement.level}`;
  return {
    '@context': OB3_CONTEXT,
    id: addresses.credentialUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: title,
    issuer: { id: addresses.issuerId, type: ['Profile'], name: organisation },
    validFrom: validFrom.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: holder.identityHash,
          identityType: 'identifier',
          hashed: true,
          salt: holder.salt,
        },
      ],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        achievementType: 'Competency',
        name: title,
        description: `${achievement.name} at level ${achievement.level} (${achievement.levelName}).`,
        criteria: { narrative: achievement.descriptor || `${achievement.name} at level ${achievement.level}.` },
        humanCode: `${achievement.competency}@${achievement.level}`,
        ...(caseLinks
          ? {
              alignment: [
                {
                  type: ['Alignment'],
                  targetType: 'CFItem',
                  targetName: achievement.name,
                  targetUrl: caseLinks.item.uri,
                  targetCode: caseLinks.item.identifier,
                  targetFramework: caseLinks.framework.title,
                },
                ...(caseLinks.level
                  ? [
                      {
                        type: ['Alignment'],
                        targetType: 'CFRubricCriterionLevel',
                        targetName: title,
                        targetUrl: caseLinks.level.uri,
                        targetCode: caseLinks.level.identifier,
                        targetFramework: caseLinks.framework.title,
                      },
                    ]
                  : []),
              ],
            }
          : {}),
      },
    },
    credentialStatus: {
      id: `${addresses.statusListUrl}#${addresses.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(addresses.statusIndex),
      statusListCredential: addresses.statusListUrl,
    },
  };
}

/** An issued Open Badges 3.0 credential, as `openBadgeCredential` makes it. */
export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;
