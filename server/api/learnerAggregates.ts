import { UNSTATED_FUNCTION } from '../../src/lib/evidence/learnerHistory.ts';
import { learnerHistoryFromStatements } from '../../src/lib/evidence/learnerHistoryFromStatements.ts';
import { storedHistory } from '../../src/lib/evidence/storedHistory.ts';
import type { PlannerCurriculum } from '../../src/lib/journey/plannerCurriculum.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { NO_PATH, standingFromStatements, UNKNOWN_REGION } from '../../src/lib/workforce/learnerStanding.ts';
import type { Repository } from '../storage/repository.ts';
import { sharedAggregates } from './sharedAggregates.ts';

/** A learner's evidence history in its stored form, without where they sit (journey and invitation say that at report time). */
function evidenceHistory(statements: readonly LearningStatement[], curriculum: PlannerCurriculum) {
  const where = { region: UNKNOWN_REGION, path: NO_PATH, function: UNSTATED_FUNCTION };
  return storedHistory(learnerHistoryFromStatements(statements, curriculum, where));
}

/**
 * The aggregate kind of the evidence histories. Its name carries the stored form: a new form takes a
 * new name, so every process derives the histories again (a kind the cursor does not list re-derives
 * everyone) instead of reading the older form. "evidence" held them with ISO instants (migration 13
 * drops those rows).
 */
export const EVIDENCE_KIND = 'evidence-compact';

/**
 * The per-learner aggregates the reports read, kept in the database for every server process:
 * "workforce" (standings) and the evidence histories (`EVIDENCE_KIND`), both derived from one read of
 * a learner's statements as they arrive (see `sharedAggregates`). The histories are given as their
 * stored JSON: the evidence plan parses each when it works out that learner's answers and keeps only
 * those, so a parsed history dies young (the garbage collector never copies a thousand of them).
 */
export function learnerAggregates(repository: Repository, curriculumOf: () => Promise<PlannerCurriculum>) {
  return sharedAggregates(
    repository,
    curriculumOf,
    { workforce: standingFromStatements, [EVIDENCE_KIND]: evidenceHistory },
    [EVIDENCE_KIND],
  );
}

/** The aggregates of one API instance, shared by the workforce and evidence routes. */
export type LearnerAggregates = ReturnType<typeof learnerAggregates>;
