import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import { XapiError } from '../xapi/xapiError.ts';

/**
 * Returns a reader of a JSON file the build wrote into `siteDir` (`name`, e.g. `curriculum.json`),
 * parsed by `parse` and re-read only when the file's modification time changes. Answers 503 with
 * `missing` (what needs the file) and what to do when the site has not been built into `siteDir`;
 * `parse` throws its own 503 for a file that is not what it expects.
 */
export function siteJsonReader<T>(
  siteDir: string,
  name: string,
  missing: string,
  parse: (json: unknown, file: string) => T,
): () => Promise<T> {
  const file = join(siteDir, name);
  // The parse under way or made, per modification time: callers that ask at once (a process's first
  // requests) share one read and parse.
  let cached: { mtimeMs: number; value: Promise<T> } | undefined;
  return async () => {
    const info = await stat(file).catch(() => undefined);
    if (info === undefined) {
      throw new XapiError(
        503,
        `${missing}: ${file} is missing. Build the site (npm run build) into COHESION_SITE_DIR.`,
      );
    }
    if (cached?.mtimeMs !== info.mtimeMs) {
      const read = {
        mtimeMs: info.mtimeMs,
        value: readFile(file, 'utf8').then((text) => parse(JSON.parse(text), file)),
      };
      read.value.catch(() => {
        if (cached === read) cached = undefined; // a failed read is tried again next time
      });
      cached = read;
    }
    return cached.value;
  };
}

/** Reads the built site's curriculum (see `siteCurriculumReader`): one per server process, shared by every route. */
export type SiteCurriculum = () => Promise<PlannerCurriculum>;

/**
 * Returns a reader of the built site's `/curriculum.json` (the planner's slice of the curriculum),
 * re-read only when the file's modification time changes. Answers 503 with what to do when the
 * site has not been built into `siteDir`.
 */
export function siteCurriculumReader(siteDir: string): SiteCurriculum {
  return siteJsonReader(
    siteDir,
    'curriculum.json',
    "Workforce figures need the built site's curriculum",
    (json, file) => {
      const curriculum = json as PlannerCurriculum;
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
      return curriculum;
    },
  );
}
