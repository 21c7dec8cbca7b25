import { countWords } from '../curriculum/countWords';
import type { Curriculum } from '../curriculum/curriculum';
import { type CoverageThresholds, HEALTH_KINDS, type HealthKind } from './coverageThresholdsSchema';

/** A content-health finding: which file to fix, what is wrong and what to do. */
export interface HealthFinding {
  kind: HealthKind;
  /** The file to fix, relative to the project (for a missing file, where to create it). */
  file: string;
  /** Id of the module or competency concerned. */
  subject: string;
  message: string;
  hint: string;
}

/**
 * Finds content that is valid but unhealthy: modules with no knowledge check, modules in no path,
 * competencies with too few self-assessment items, and modules whose prose is over the word
 * budget. Findings come in the order of HEALTH_KINDS, then by file.
 */
export function findContentHealth(
  curriculum: Curriculum,
  { moduleWordBudget, minAssessmentItems }: Pick<CoverageThresholds, 'moduleWordBudget' | 'minAssessmentItems'>,
): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const inPaths = new Set(curriculum.paths.flatMap((p) => p.stages.flatMap((s) => s.modules)));

  for (const m of curriculum.modules) {
    if (m.checks.length === 0) {
      findings.push({
        kind: 'no-knowledge-check',
        file: m.file,
        subject: m.id,
        message: `“${m.title}” has no knowledge check, so learners get no feedback and cannot test out of it.`,
        hint: 'Add a question under checks: in the front matter and place it with <KnowledgeCheck id="…" />.',
      });
    }
    if (!inPaths.has(m.id)) {
      findings.push({
        kind: 'orphan-module',
        file: m.file,
        subject: m.id,
        message: `“${m.title}” is in no learning path.`,
        hint: 'Add it to a stage of a path in content/paths/, or withdraw it if nobody needs it.',
      });
    }
    const words = countWords(m.body);
    if (words > moduleWordBudget) {
      findings.push({
        kind: 'over-length',
        file: m.file,
        subject: m.id,
        message: `“${m.title}” has ${words} words of prose, over the budget of ${moduleWordBudget}.`,
        hint: 'Split it into two modules, one a prerequisite of the other, or cut what learners do not need.',
      });
    }
  }

  for (const c of curriculum.competencies) {
    const banks = curriculum.assessment.filter((b) => b.competency === c.id);
    const items = banks.reduce((n, b) => n + b.items.length, 0);
    if (items < minAssessmentItems) {
      // Where the bank is, or where it belongs: content/assessment/ beside content/competencies/.
      const file = banks[0]?.file ?? c.file.replace(/competencies\/[^/]+$/, `assessment/${c.id}.yaml`);
      const what =
        items === 0
          ? 'has no self-assessment items, so learners cannot rate themselves in it'
          : `has ${items} self-assessment ${items === 1 ? 'item' : 'items'}`;
      findings.push({
        kind: 'missing-assessment',
        file,
        subject: c.id,
        message: `Competency “${c.name}” ${what}; at least ${minAssessmentItems} are expected.`,
        hint: `Add behavioural and scenario items, each option anchored to a level, in ${file}.`,
      });
    }
  }

  const rank = (k: HealthKind) => HEALTH_KINDS.indexOf(k);
  return findings.sort((a, b) => rank(a.kind) - rank(b.kind) || a.file.localeCompare(b.file));
}
