import type { CheckAnsweredDetail } from './bindKnowledgeChecks';

/**
 * The test-out page: the first answer to each knowledge check counts. All right first time →
 * the module is recorded as tested out (distinct from completed); otherwise the learner is sent
 * to the module.
 */
export function bindTestOut(section: HTMLElement): void {
  const moduleId = section.dataset.module!;
  const total = section.querySelectorAll('form[data-kc]').length;
  const result = section.querySelector<HTMLElement>('[data-test-out-result]')!;
  const first = new Map<string, boolean>();
  section.addEventListener('cohesion:check-answered', (e) => {
    const { checkId, passed } = (e as CustomEvent<CheckAnsweredDetail>).detail;
    if (!first.has(checkId)) first.set(checkId, passed);
    if (first.size < total) return;
    const right = [...first.values()].filter(Boolean).length;
    if (right === total) {
      void import('./journeyActor').then(async ({ getJourney }) => {
        const { actor } = await getJourney();
        actor.send({ type: 'module.testOut', moduleId });
        result.textContent = `You answered all ${total} checks right first time: this module is marked as tested out in your journey.`;
      });
    } else {
      void import('./journeyActor').then(async ({ getJourney }) => (await getJourney()).actor.send({ type: 'module.testOutFailed', moduleId }));
      result.textContent = `You answered ${right} of ${total} right first time. Take the module to close the gap; your journey keeps it.`;
    }
    result.focus();
  });
}
