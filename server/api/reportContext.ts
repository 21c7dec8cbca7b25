import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import type { JourneyStates } from './journeyStates.ts';
import type { LearnerAggregates } from './learnerAggregates.ts';
import type { SiteCurriculum } from './readSiteCurriculum.ts';

/** What the leads' reports (the workforce view and the programme evidence) need from the API context. */
export interface ReportContext {
  repository: Repository;
  /** The caller: Basic credentials or the session cookie. */
  principal(request: FastifyRequest): Promise<Principal>;
  /** The built site's curriculum. */
  curriculumOf: SiteCurriculum;
  /** The per-learner aggregates kept in the database (kind "workforce": standings; `EVIDENCE_KIND`: histories, as JSON). */
  learners: LearnerAggregates;
  /** Every learner's journey, read through the reader the API instance shares (see `journeyStates`). */
  journeys: () => Promise<JourneyStates>;
  /** The workforce view's minimum group size: the evidence figures follow the same rule. */
  workforceMinGroup: number;
}
