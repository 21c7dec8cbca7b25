import type { JourneyContext, JourneyEvent } from '../journey/journeyMachine';
import { journeyModuleIds } from '../journey/journeyModuleIds';
import type { PlannerCurriculum } from '../journey/plannerCurriculum';
import { type LearningStatement, type Stamp, statements } from './statements';

/**
 * The learning events one journey transition produced, as xAPI statements: a module opened, a
 * knowledge check answered, a module completed or tested out, a self-assessment item answered,
 * journey progress moved. The journey machine decides; this records what it decided.
 */
export function statementsForTransition(
  stamp: Stamp,
  curriculum: PlannerCurriculum,
  before: JourneyContext,
  after: JourneyContext,
  event: JourneyEvent,
): LearningStatement[] {
  const title = (id: string) => curriculum.modules.find((m) => m.id === id)?.title ?? id;
  const out: LearningStatement[] = [];
  if (event.type === 'module.open')
    out.push(statements.experiencedModule(stamp, event.moduleId, title(event.moduleId)));
  if (event.type === 'check.pass' || event.type === 'check.fail') {
    out.push(
      statements.answeredCheck(
        stamp,
        event.moduleId,
        event.checkId,
        event.type === 'check.pass',
        event.chosen ?? [],
        event.interaction,
      ),
    );
  }
  if (event.type === 'module.testOutFailed')
    out.push(statements.testedOutModule(stamp, event.moduleId, title(event.moduleId), false));
  for (const id of after.completed)
    if (!before.completed.includes(id)) out.push(statements.completedModule(stamp, id, title(id)));
  for (const id of after.testedOut)
    if (!before.testedOut.includes(id)) out.push(statements.testedOutModule(stamp, id, title(id), true));

  const levels = new Map(
    curriculum.assessment.flatMap((b) => b.items.map((i) => [i.id, i.options.map((o) => o.level)] as const)),
  );
  for (const [itemId, option] of Object.entries(after.answers)) {
    if (option === null || option === before.answers[itemId]) continue;
    const level = levels.get(itemId)?.[option];
    if (level !== undefined) out.push(statements.answeredAssessmentItem(stamp, itemId, option, level));
  }

  const progressOf = (c: JourneyContext) => {
    const ids = journeyModuleIds(c.journey);
    return { done: ids.filter((id) => c.completed.includes(id) || c.testedOut.includes(id)).length, total: ids.length };
  };
  const [was, now] = [progressOf(before), progressOf(after)];
  if (after.journey && (was.done !== now.done || before.journey !== after.journey))
    out.push(statements.progressedJourney(stamp, now.done, now.total));
  return out;
}
