import type { KnowledgeCheck } from '../curriculum/knowledgeCheckSchema';
import type { CheckKey } from './gradeCheck';

/** One check's key: what grades an answer and the explanation of each option, by authored index. */
export interface CheckAnswer extends CheckKey {
  explanations: string[];
}

/**
 * A module's answer key, served as `/modules/<id>/checks.json` and read only when an answer is
 * graded (the service worker precaches it, so grading works offline): the page a learner reads
 * before answering carries neither which options are right nor the explanations that would say so.
 */
export interface AnswerKey {
  checks: Record<string, CheckAnswer>;
}

/** The answer key of a module's knowledge checks. */
export function answerKeyOf(checks: readonly KnowledgeCheck[]): AnswerKey {
  return {
    checks: Object.fromEntries(
      checks.map((c) => [
        c.id,
        {
          type: c.type,
          correct: c.options.flatMap((o, i) => (o.correct ? [i] : [])),
          explanations: c.options.map((o) => o.explanation),
        },
      ]),
    ),
  };
}
