import type { InteractionActivityDefinition } from '@xapi/xapi';
import { ACTIVITY_TYPES } from './xapiIds';

/** What an ordering or matching attempt records beyond its answer: the kind of check and its right answer. */
export interface CheckInteraction {
  kind: 'ordering' | 'matching';
  /** ordering: the shown indexes of the steps in their right order; matching: per item, the index of its option. */
  correct: readonly number[];
  /** matching: how many options each item's list offers. */
  optionCount: number;
}

const ids = (count: number, prefix = '') => Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}` }));

/**
 * The learner's answer in xAPI's response format: `sequencing` lists the steps in the learner's
 * order (`2[,]0[,]1`), `matching` pairs each item with the option chosen (`0[.]1[,]1[.]0`).
 */
export function interactionResponse(interaction: CheckInteraction, given: readonly number[]): string {
  return interaction.kind === 'ordering'
    ? given.join('[,]')
    : given.map((option, item) => `${item}[.]${option}`).join('[,]');
}

/** The xAPI activity definition of an ordering (`sequencing`) or matching (`matching`) check named `name`, with its correct response pattern. */
export function interactionDefinition(interaction: CheckInteraction, name: string): InteractionActivityDefinition {
  const pattern = interactionResponse(interaction, interaction.correct);
  const base = { name: { 'en-US': name }, type: ACTIVITY_TYPES.question };
  return interaction.kind === 'ordering'
    ? {
        ...base,
        interactionType: 'sequencing',
        correctResponsesPattern: [pattern],
        choices: ids(interaction.correct.length),
      }
    : {
        ...base,
        interactionType: 'matching',
        correctResponsesPattern: [pattern],
        source: ids(interaction.correct.length),
        target: ids(interaction.optionCount),
      };
}
