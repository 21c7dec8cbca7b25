import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type BadgeAchievements, badgeAchievementsSchema } from '../../src/lib/badges/badgeAchievementsSchema.ts';
import { describeZodError } from '../../src/lib/describeZodError.ts';
import { XapiError } from '../xapi/xapiError.ts';

/**
 * Returns a reader of the built site's `/badges/achievements.json` (what each competency level's
 * badge says, and the issuing organisation), re-read when the file changes; 503 with what to do
 * when the site is not built or the file is not the site's.
 */
export function badgeAchievementsReader(siteDir: string): () => Promise<BadgeAchievements> {
  const file = join(siteDir, 'badges', 'achievements.json');
  let cached: { mtimeMs: number; achievements: BadgeAchievements } | undefined;
  return async () => {
    const info = await stat(file).catch(() => undefined);
    if (info === undefined)
      throw new XapiError(
        503,
        `Badges need the built site's ${file}. Build the site (npm run build) into COHESION_SITE_DIR.`,
      );
    if (cached?.mtimeMs !== info.mtimeMs) {
      const parsed = badgeAchievementsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success)
        throw new XapiError(
          503,
          `${file} is not what the site builds (${describeZodError(parsed.error, 'achievements')}); rebuild the site.`,
        );
      cached = { mtimeMs: info.mtimeMs, achievements: parsed.data };
    }
    return cached.achievements;
  };
}
