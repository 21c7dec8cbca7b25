import { loadStatements } from '../db/events';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { competencyLevelsReached, deriveProgress, type ModuleStatus } from '../lib/progress/deriveProgress';
import { factsOfProgress, isDone, moduleStatus } from '../lib/progress/moduleStatus';
import { clientMessages } from './clientMessages';
import { pageBase } from './pageBase';
import { replayEarlierWrites } from './replayEarlierWrites';

/**
 * Shows the learner's progress, derived from the event log, on server-rendered lists:
 * `[data-progress-module]` cards get a status badge, `[data-progress-path]` a progress bar
 * (its value: the path's module ids, comma-separated), `[data-progress-competency]` the level reached.
 */
export async function bindProgress(root: ParentNode): Promise<void> {
  await replayEarlierWrites(); // what the page before left unwritten counts too
  const progress = deriveProgress(await loadStatements());
  const facts = factsOfProgress(progress);
  const status = (id: string): ModuleStatus => moduleStatus(id, facts);
  const t = clientMessages();

  for (const card of root.querySelectorAll<HTMLElement>('[data-progress-module]')) {
    const badge = card.querySelector<HTMLElement>('[data-status]');
    const s = status(card.dataset.progressModule!);
    if (!badge || s === 'not-started') continue;
    badge.textContent = t(`status.${s}`);
    badge.hidden = false;
  }
  for (const box of root.querySelectorAll<HTMLElement>('[data-progress-path]')) {
    const ids = box.dataset.progressPath!.split(',');
    const done = ids.filter((id) => isDone(status(id))).length;
    box.querySelector('[data-progress-text]')!.textContent = t('progress.path', { done, total: ids.length });
    const bar = box.querySelector('progress')!;
    bar.max = ids.length;
    bar.value = done;
    box.hidden = false;
  }
  const competencies = [...root.querySelectorAll<HTMLElement>('[data-progress-competency]')];
  if (competencies.length > 0) {
    const curriculum = (await fetch(`${pageBase()}curriculum.json`).then((r) => r.json())) as PlannerCurriculum;
    const reached = competencyLevelsReached(progress, curriculum.modules);
    for (const box of competencies) {
      const level = reached[box.dataset.progressCompetency!];
      if (!level) continue;
      box.textContent = t('progress.competency', {
        level,
        name: curriculum.scale.find((l) => l.level === level)?.name ?? '',
      });
      box.hidden = false;
    }
  }
}
