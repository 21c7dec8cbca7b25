import { useEffect, useState } from 'react';
import { watchStatements } from '../client/learnerStore';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { reviewSchedule } from '../lib/review/reviewSchedule';
import { type RevisitFlag, worthRevisiting } from '../lib/review/worthRevisiting';

/** The competencies worth revisiting (`worthRevisiting`), kept current as the event log changes. */
export function useRevisitFlags(curriculum: PlannerCurriculum): RevisitFlag[] {
  const [flags, setFlags] = useState<RevisitFlag[]>([]);
  useEffect(
    () => watchStatements((log) => setFlags(worthRevisiting(reviewSchedule(log), curriculum.modules))),
    [curriculum],
  );
  return flags;
}
