import { ACTIVITY_TYPES, activityId } from '../../src/lib/progress/xapiIds.ts';
import type { SiteCurriculum } from '../api/readSiteCurriculum.ts';
import type { JsonObject } from '../xapi/xapiTypes.ts';

/**
 * The canonical definitions the built site publishes for Cohesion's own module activities
 * (`urn:cohesion:module:<id>`, named by the module's title), read from its curriculum.json (`read`); none
 * while the site is not built. These win over whatever a statement says about the same activity.
 */
export function publishedDefinitions(read: SiteCurriculum): (id: string) => Promise<JsonObject | undefined> {
  return async (id) => {
    if (!id.startsWith(activityId.module(''))) return undefined;
    const curriculum = await read().catch(() => undefined);
    const module = curriculum?.modules.find((m) => activityId.module(m.id) === id);
    return module === undefined ? undefined : { name: { 'en-US': module.title }, type: ACTIVITY_TYPES.module };
  };
}
