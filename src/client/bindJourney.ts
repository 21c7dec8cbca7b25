import { afterModule } from '../lib/journey/afterModule';
import type { JourneyEvent } from '../lib/journey/journeyMachine';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import { testOutHref } from '../lib/journey/testOutHref';
import { factsOfJourney, isDone, moduleStatus } from '../lib/progress/moduleStatus';
import type { CheckAnsweredDetail } from './bindKnowledgeChecks';
import { clientMessages, withNodes } from './clientMessages';
import { onFirstInteraction } from './onFirstInteraction';
import { pageBase } from './pageBase';
import { showModuleComplete } from './showModuleComplete';
import { type AttemptNote, claimAttempt } from './ungradedAttempts';

/**
 * Connects a module page to the learner's journey, from its first interaction: knowledge-check results become journey events
 * (queued until the journey has loaded, so none is lost, even if that waits for the network), opening the page marks it current, and
 * the status box shows where the module sits in the journey and how far the learner has got.
 */
export function bindJourney(box: HTMLElement): void {
  const moduleId = box.dataset.module!;
  const t = clientMessages();
  const base = pageBase();
  const pending: Array<[JourneyEvent, AttemptNote | undefined]> = [];
  let send: ((event: JourneyEvent, attempt?: AttemptNote) => void) | undefined;
  // The check answered last: a "Module complete" panel goes right after it.
  let answered: Element | null = null;
  document.addEventListener('cohesion:check-answered', (e) => {
    if ((e.target as Element).closest('[data-test-out]')) return;
    answered = e.target as Element;
    const { passed, checkId, chosen, interaction, attempt } = (e as CustomEvent<CheckAnsweredDetail>).detail;
    const event: JourneyEvent = { type: passed ? 'check.pass' : 'check.fail', moduleId, checkId, chosen, interaction };
    if (send) send(event, attempt);
    else pending.push([event, attempt]);
  });

  const attach = async () => {
    const { getJourney } = await import('./journeyActor');
    const { actor, curriculum } = await getJourney();
    // An attempt is recorded by whoever claims its note first: here, or a later page that found it left over.
    send = (event, attempt) => {
      if (!attempt || claimAttempt(attempt)) actor.send(event);
    };
    let wasComplete = actor.getSnapshot().context.completed.includes(moduleId);
    const celebrate = () => {
      const { context } = actor.getSnapshot();
      if (wasComplete || !context.completed.includes(moduleId)) return;
      wasComplete = true;
      const levelName = (level: number) =>
        curriculum.scale.find((l) => l.level === level)?.name ?? t('journeyBox.level', { level });
      showModuleComplete(
        document.querySelector<HTMLElement>('[data-module-complete]')!,
        answered,
        afterModule(curriculum, context),
        levelName,
        t,
      );
    };
    // Opening a module is recorded (xAPI "experienced") whether or not it is in the journey.
    actor.send({ type: 'module.open', moduleId });
    for (const [event, attempt] of pending.splice(0)) send(event, attempt);
    celebrate();
    actor.subscribe(celebrate);

    const module = curriculum.modules.find((m) => m.id === moduleId);
    const render = () => {
      const { context } = actor.getSnapshot();
      const ids = journeyModuleIds(context.journey);
      const index = ids.indexOf(moduleId);
      if (index < 0 || !module) {
        box.hidden = true;
        return;
      }
      const passed = context.passedChecks[moduleId]?.length ?? 0;
      const moduleState = moduleStatus(moduleId, factsOfJourney(context));
      const done = isDone(moduleState);
      const status = done
        ? t(`status.${moduleState}`)
        : t('journeyBox.checks', { passed, total: module.checks.length });
      const suggestion = context.suggestion?.forModuleId === moduleId ? context.suggestion : null;
      const remedial =
        suggestion?.kind === 'remedial' ? curriculum.modules.find((m) => m.id === suggestion.moduleId) : undefined;
      box.hidden = false;
      box.replaceChildren(
        paragraph(
          ...withNodes(t('journeyBox.position', { number: index + 1, total: ids.length, status, link: '{link}' }), {
            link: link(`${base}journey/`, t('journeyBox.yourJourney')),
          }),
        ),
        ...(!done
          ? [
              paragraph(
                ...withNodes(t('journeyBox.testOut', { link: '{link}' }), {
                  link: link(testOutHref(moduleId, base), t('journeyBox.testOutLink')),
                }),
              ),
            ]
          : []),
        ...(suggestion
          ? [
              paragraph(
                `${t('journeyBox.missedTwice')} `,
                ...(remedial
                  ? withNodes(t('journeyBox.tryFirst', { link: '{link}' }), {
                      link: link(`${base}modules/${remedial.id}/`, remedial.title),
                    })
                  : [t('journeyBox.reread')]),
              ),
            ]
          : []),
      );
    };
    render();
    actor.subscribe(render);
  };
  // Offline before the site was cached, the journey cannot load yet: answers wait in `pending`
  // and are sent when the connection is back.
  const start = () =>
    attach().catch((error: unknown) => {
      console.warn('Cohesion: the journey could not load yet; trying again when back online.', error);
      window.addEventListener('online', start, { once: true });
    });
  // The journey (IndexedDB, the state machine, the planner) loads at the learner's first sign of
  // reading or answering, not with the page: a module page costs a few kilobytes until then.
  onFirstInteraction(() => void start());
}

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
