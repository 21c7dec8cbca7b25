import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { XapiError } from '../xapi/xapiError.ts';

/**
 * Returns a reader of the built site's `/curriculum.json` (the planner's slice of the curriculum),
 * re-read only when the file's modification time changes. Answers 503 with what to do when the
 * site has not been built into `siteDir`.
 */
export function siteCurriculumReader(siteDir: string): () => Promise<PlannerCurriculum> {
  const file = join(siteDir, 'curriculum.json');
  let cached: { mtimeMs: number; curriculum: PlannerCurriculum } | undefined;
  return async () => {
    const info = await stat(file).catch(() => undefined);
    if (info === undefined) {
      throw new XapiError(
        503,
        `Workforce figures need the built site's curriculum: ${file} is missing. Build the site (npm run build) into COHESION_SITE_DIR.`,
      );
    }
    if (cached?.mtimeMs !== info.mtimeMs) {
      const curriculum = JSON.parse(await readFile(file, 'utf8')) as PlannerCurriculum;
      if (
        !Array.isArray(curriculum.competencies) ||
        !Array.isArray(curriculum.assessment) ||
        !Array.isArray(curriculum.scale)
      ) {
        throw new XapiError(
          503,
          `${file} is not Cohesion's curriculum.json (no competencies, assessment or scale); rebuild the site.`,
        );
      }
      cached = { mtimeMs: info.mtimeMs, curriculum };
    }
    return cached.curriculum;
  };
}
