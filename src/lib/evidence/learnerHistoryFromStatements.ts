import { scoreAssessment } from '../assessment/scoreAssessment.ts';
import type { PlannerCurriculum } from '../journey/plannerCurriculum.ts';
import { deriveProgress, doneModules } from '../progress/deriveProgress.ts';
import type { LearningStatement } from '../progress/statements.ts';
import { ACTIVITY_PATTERNS, EXTENSIONS, VERBS } from '../progress/xapiIds.ts';
import type { LearnerHistory } from './learnerHistory.ts';

/** Self-assessment answers further apart than this belong to different assessments (a reassessment). */
export const ASSESSMENT_GAP_HOURS = 12;

/** Hours in an ISO 8601 duration (`PT1H30M`, `P1DT2H`, `PT45.5S`); 0 for anything else. */
export function durationHours(duration: unknown): number {
  if (typeof duration !== 'string') return 0;
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    duration,
  );
  if (m === null) return 0;
  const [, d, h, min, s] = m.map((part) => Number(part ?? 0));
  return d! * 24 + h! + min! / 60 + s! / 3600;
}

/**
 * A learner's compact history from their statements (voided ones ignored) and what their journey
 * and invitation say (region, path, function): self-assessment results — the answers of each
 * sitting (answers less than `ASSESSMENT_GAP_HOURS` apart), scored as the journey scores them over
 * the latest answer to every item so far —, the first completion or test-out of each module done,
 * the hours their statements' durations add up to, and their first and latest learning event.
 */
export function learnerHistoryFromStatements(
  statements: readonly LearningStatement[],
  curriculum: Pick<PlannerCurriculum, 'assessment' | 'competencies'>,
  where: Pick<LearnerHistory, 'region' | 'path' | 'function'>,
): LearnerHistory {
  const voided = new Set(
    statements.flatMap((s) => (s.verb?.id === VERBS.voided.id ? [String((s.object as { id?: unknown }).id)] : [])),
  );
  const log = statements
    .filter((s) => s.verb?.id !== VERBS.voided.id && !voided.has(s.id))
    .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  const objectId = (s: LearningStatement) => String((s.object as { id?: unknown }).id ?? '');

  // In the order deriveProgress reads them (time, then id), so the latest answer per item is the journey's.
  const answers = log
    .filter((s) => s.verb.id === VERBS.answered.id && ACTIVITY_PATTERNS.assessmentItem.test(objectId(s)))
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
  // One pass over the answers, keeping the latest option per item: each sitting is scored over it when it ends.
  const latest: Record<string, number> = {};
  const assessments: LearnerHistory['assessments'] = [];
  answers.forEach((s, i) => {
    const item = ACTIVITY_PATTERNS.assessmentItem.exec(objectId(s))![1]!;
    const level = Number(s.result?.extensions?.[EXTENSIONS.level]);
    const option = Number(s.result?.response);
    if (Number.isFinite(level) && Number.isFinite(option)) latest[item] = option;
    const next = answers[i + 1];
    if (next === undefined || Date.parse(next.timestamp) - Date.parse(s.timestamp) > ASSESSMENT_GAP_HOURS * 3_600_000) {
      const levels = Object.fromEntries(
        scoreAssessment(curriculum.assessment, { ...latest }).map((e) => [e.competency, e.level]),
      );
      assessments.push({ at: s.timestamp, levels });
    }
  });

  const done = new Set(doneModules(deriveProgress(log)));
  const completions: LearnerHistory['completions'] = [];
  for (const s of log) {
    const module = ACTIVITY_PATTERNS.module.exec(objectId(s))?.[1];
    if (module === undefined || !done.has(module)) continue;
    const testedOut = s.verb.id === VERBS.passed.id && s.result?.extensions?.[EXTENSIONS.testOut] === true;
    if (s.verb.id !== VERBS.completed.id && !testedOut) continue;
    done.delete(module);
    completions.push({ module, at: s.timestamp });
  }
  return {
    ...where,
    ...(log.length === 0 ? {} : { startedAt: log[0]!.timestamp, lastActiveAt: log.at(-1)!.timestamp }),
    assessments,
    completions,
    hours: log.reduce((sum, s) => sum + durationHours(s.result?.duration), 0),
  };
}
