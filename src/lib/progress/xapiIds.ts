import type { Verb } from '@xapi/xapi';

/** The ADL verbs Cohesion records (the xAPI types come from @xapi/xapi; these are the IRIs). */
export const VERBS = {
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  progressed: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'en-US': 'progressed' } },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
  /** A learner shared a field case with the community of practice (written by the server on submission). */
  shared: { id: 'http://adlnet.gov/expapi/verbs/shared', display: { 'en-US': 'shared' } },
  /** A COE lead approved a field case for the library (Activity Streams 1.0 `approve`, as the xAPI registry lists it). */
  approved: { id: 'http://activitystrea.ms/schema/1.0/approve', display: { 'en-US': 'approved' } },
} as const satisfies Record<string, Verb>;

/** The ADL activity types of Cohesion's activities. */
export const ACTIVITY_TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  course: 'http://adlnet.gov/expapi/activities/course',
  /** A learner's field case: a practice shared with the community. */
  fieldCase: 'urn:cohesion:activity-type:field-case',
  /** A competency of the framework, as a context activity. */
  competency: 'urn:cohesion:activity-type:competency',
} as const;

/** Every id Cohesion mints starts with this: a statement about one of them is about Cohesion learning. */
export const COHESION_URN = 'urn:cohesion:';

/** Activity ids are URNs: stable identifiers that do not depend on where the site is hosted. */
export const activityId = {
  module: (moduleId: string) => `${COHESION_URN}module:${moduleId}`,
  check: (moduleId: string, checkId: string) => `${COHESION_URN}module:${moduleId}:check:${checkId}`,
  assessmentItem: (itemId: string) => `${COHESION_URN}assessment:${itemId}`,
  journey: () => `${COHESION_URN}journey`,
  fieldCase: (caseId: string) => `${COHESION_URN}case:${caseId}`,
  competency: (competencyId: string) => `${COHESION_URN}competency:${competencyId}`,
};

/** The inverse of `activityId`: each pattern captures the ids an activity id was made from. */
export const ACTIVITY_PATTERNS = {
  module: /^urn:cohesion:module:([^:]+)$/,
  check: /^urn:cohesion:module:([^:]+):check:(.+)$/,
  assessmentItem: /^urn:cohesion:assessment:(.+)$/,
  fieldCase: /^urn:cohesion:case:(.+)$/,
  competency: /^urn:cohesion:competency:(.+)$/,
} as const;

/** Extension IRIs used in results, contexts and the LRS's /about. */
export const EXTENSIONS = {
  testOut: `${COHESION_URN}extension:test-out`,
  level: `${COHESION_URN}extension:level`,
  /** In a context: this `answered` statement is a spaced-retrieval review of a check already passed. */
  review: `${COHESION_URN}extension:review`,
  aboutServer: `${COHESION_URN}about:server`,
  /** In a field case statement's context: the competencies it illustrates, each at its level (`[{ competency, level }]`). */
  competencyLevels: `${COHESION_URN}extension:competency-levels`,
} as const;

/** Where the journey record lives on the LRS: an xAPI State document of the journey activity. */
export const JOURNEY_STATE = { activityId: activityId.journey(), stateId: `${COHESION_URN}state:journey` } as const;
