import type { KnowledgeCheck } from '../curriculum/knowledgeCheckSchema';
import { renderInlineMarkdown } from '../curriculum/renderInlineMarkdown';
import { arrangeCheck } from './arrangeCheck';
import type { CheckKey } from './gradeCheck';

/** A choice check's key: what grades an answer and the explanation of each option (HTML), by authored index. */
export interface ChoiceCheckAnswer extends CheckKey {
  explanations: string[];
}

/** A free-text check's key: the model answer (HTML) the learner marks their own answer against. */
export interface FreeTextCheckAnswer {
  type: 'free-text';
  modelAnswer: string;
}

/** An ordering or matching check's key, in the arrangement the page shows (arrangeCheck), and its explanation (HTML). */
export interface ArrangementCheckAnswer {
  type: 'ordering' | 'matching';
  correct: number[];
  /** matching: how many options each item's list offers (the xAPI statement lists them). */
  optionCount: number;
  explanation?: string;
}

/** One check's key. */
export type CheckAnswer = ChoiceCheckAnswer | FreeTextCheckAnswer | ArrangementCheckAnswer;

/**
 * A module's answer key, served as `/modules/<id>/checks.json` and read only when an answer is
 * graded (the service worker precaches it, so grading works offline): the page a learner reads
 * before answering carries neither which options are right, nor the explanations that would say
 * so, nor a free-text check's model answer. Texts are inline Markdown rendered to HTML here, at build time.
 */
export interface AnswerKey {
  checks: Record<string, CheckAnswer>;
}

function checkAnswerOf(c: KnowledgeCheck): CheckAnswer {
  if (c.type === 'free-text') return { type: 'free-text', modelAnswer: renderInlineMarkdown(c.modelAnswer ?? '') };
  if (c.type === 'ordering' || c.type === 'matching') {
    const { correct, options } = arrangeCheck(c);
    return {
      type: c.type,
      correct,
      optionCount: options.length,
      ...(c.explanation && { explanation: renderInlineMarkdown(c.explanation) }),
    };
  }
  return {
    type: c.type,
    correct: c.options.flatMap((o, i) => (o.correct ? [i] : [])),
    explanations: c.options.map((o) => renderInlineMarkdown(o.explanation)),
  };
}

/** The answer key of a module's knowledge checks. */
export function answerKeyOf(checks: readonly KnowledgeCheck[]): AnswerKey {
  return {
    checks: Object.fromEntries(checks.map((c): [string, CheckAnswer] => [c.id, checkAnswerOf(c)])),
  };
}
