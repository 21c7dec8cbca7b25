import { useLayoutEffect, useState } from 'react';
import type { JourneyActor } from '../client/journeyActor';
import { handOverJourneyFirstView } from '../client/journeyFirstView';
import { JOURNEY_FIRST_VIEW_MESSAGES } from '../client/renderJourneyFirstView';
import { levelsOf } from '../lib/assessment/scoreAssessment';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { afterModule, type JourneyProgress } from '../lib/journey/afterModule';
import { describeStep } from '../lib/journey/describeStep';
import { describeTarget } from '../lib/journey/describeTarget';
import { journeyOverview, STEP_STATUS_MESSAGE } from '../lib/journey/journeyOverview';
import type { JourneyTarget } from '../lib/journey/planJourney';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { quickQuizHref, quickQuizMinutes } from '../lib/journey/quickQuiz';
import { suggestStretch } from '../lib/journey/suggestStretch';
import { testOutHref } from '../lib/journey/testOutHref';
import { LevelOptions } from './LevelOptions';
import OfflineJourney, { offlineJourneyMessages } from './OfflineJourney';
import RevisitNotice, { revisitNoticeMessages } from './RevisitNotice';
import SplitLink from './SplitLink';
import { useJourney, useJourneySnapshot } from './useJourney';

/** The messages JourneyView shows; the page passes exactly these. */
export const journeyViewMessages = [
  ...JOURNEY_FIRST_VIEW_MESSAGES,
  'moduleComplete.levelReached',
  'journeyView.loading',
  'journeyView.updated',
  'journeyView.kept',
  'journeyView.gotIt',
  'journeyView.stepBack',
  'journeyView.missedTwice',
  'journeyView.tryFirst',
  'journeyView.reread',
  'journeyView.dismiss',
  'journeyView.finished',
  'journeyView.whatNext',
  'journeyView.reassess',
  'journeyView.finishWithout',
  'journeyView.complete',
  'journeyView.atEveryTarget',
  'journeyView.stretch',
  'journeyView.top',
  'journeyView.aimAtTarget',
  'journeyView.stretchSize',
  'journeyView.reassessLink',
  'journeyView.levelsReached',
  'journeyView.atLevel',
  'journeyView.confirmTarget',
  'journeyView.confirmRestart',
  'journeyView.yesReplan',
  'journeyView.yesRestart',
  'journeyView.cancel',
  ...offlineJourneyMessages,
  'journeyView.change.removed',
  'journeyView.change.added',
  'journeyView.change.relevelled',
  'journeyView.change.target',
  'journeyView.change.targetTitle',
  'journeyView.change',
  ...revisitNoticeMessages,
] as const;

type T = Translate<(typeof journeyViewMessages)[number]>;

interface Props {
  i18n: IslandMessages<(typeof journeyViewMessages)[number]>;
  /** Whether the curriculum has a model: its targets are then named after it. */
  hasModel: boolean;
}

/** The learner's journey: stages of modules with progress, target, restart and change notices. */
export default function JourneyView({ i18n, hasModel }: Props) {
  const journey = useJourney();
  const t: T = createTranslator(i18n.locale, i18n.messages);
  if (!journey) return <p role="status">{t('journeyView.loading')}</p>;
  return (
    <View
      actor={journey.actor}
      curriculum={journey.curriculum}
      t={t}
      hasModel={hasModel}
      locale={i18n.locale}
      base={i18n.base}
    />
  );
}

function View({
  actor,
  curriculum,
  t,
  hasModel,
  locale,
  base,
}: {
  actor: JourneyActor;
  curriculum: PlannerCurriculum;
  t: T;
  hasModel: boolean;
  locale: string;
  /** Where the site's pages in the learner's locale start: "/" or "/fr/". */
  base: string;
}) {
  const targetText = (target: JourneyTarget) => describeTarget(target, curriculum, t, hasModel);
  const snapshot = useJourneySnapshot(actor);
  const { context } = snapshot;
  // Drawn now: the page's first view (src/client/journeyFirstView.ts) steps aside, before the browser paints.
  useLayoutEffect(handOverJourneyFirstView, []);
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const names = new Map(curriculum.competencies.map((c) => [c.id, c.name]));

  if (snapshot.matches('notStarted') || snapshot.matches('assessing')) {
    const started = snapshot.matches('assessing');
    return (
      <>
        <RevisitNotice curriculum={curriculum} t={t} base={base} />
        <section>
          <h2>{started ? t('journeyView.assessing') : t('journeyView.notStarted')}</h2>
          <p>{t('journeyView.planIntro')}</p>
          <a className="button" href={`${base}assessment/`}>
            {started ? t('journeyView.continueAssessment') : t('journeyView.takeAssessment')}
          </a>
        </section>
      </>
    );
  }
  if (snapshot.matches('reassessing')) {
    return (
      <section>
        <h2>{t('journeyView.reassessing')}</h2>
        <a className="button" href={`${base}assessment/`}>
          {t('journeyView.continueReassessment')}
        </a>
      </section>
    );
  }

  const { ids, finished, current, minutesLeft, likelyKnown, stepStatus } = journeyOverview(context, curriculum);
  const doneCount = finished.size;
  const stretch = snapshot.matches('completed')
    ? suggestStretch(curriculum, levelsOf(context.estimates), [...finished])
    : [];
  const levelName = (level: number) =>
    curriculum.scale.find((l) => l.level === level)?.name ?? t('journeyView.level', { level });

  return (
    <>
      {context.changes.length > 0 && (
        <section className="notice" aria-labelledby="changes">
          <h2 id="changes">{t('journeyView.updated')}</h2>
          <ul>
            {context.changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list of changes is rebuilt whole, never reordered
              <li key={i}>
                {t('journeyView.change', {
                  title: c.kind === 'target' ? t('journeyView.change.targetTitle') : c.title,
                  detail: t(`journeyView.change.${c.kind}`),
                })}
              </li>
            ))}
          </ul>
          <p>{t('journeyView.kept')}</p>
          <button className="button secondary" type="button" onClick={() => actor.send({ type: 'notice.dismiss' })}>
            {t('journeyView.gotIt')}
          </button>
        </section>
      )}
      {context.suggestion && (
        <section className="notice" aria-labelledby="suggestion">
          <h2 id="suggestion">{t('journeyView.stepBack')}</h2>
          <p>
            {t('journeyView.missedTwice', { module: modules.get(context.suggestion.forModuleId)?.title ?? '' })}{' '}
            {context.suggestion.kind === 'remedial' ? (
              <SplitLink
                text={t('journeyView.tryFirst', { module: '{link}' })}
                href={`${base}modules/${context.suggestion.moduleId}/`}
                label={modules.get(context.suggestion.moduleId)?.title ?? ''}
              />
            ) : (
              t('journeyView.reread')
            )}
          </p>
          <button className="button secondary" type="button" onClick={() => actor.send({ type: 'suggestion.dismiss' })}>
            {t('journeyView.dismiss')}
          </button>
        </section>
      )}
      <RevisitNotice curriculum={curriculum} t={t} base={base} />
      {snapshot.matches('reassessmentOffered') && (
        <section className="module-complete" aria-labelledby="reassess">
          <h2 id="reassess">{t('journeyView.finished')}</h2>
          <LevelsReached curriculum={curriculum} progress={context} levelName={levelName} t={t} />
          <p>{t('journeyView.whatNext')}</p>
          <div className="actions-row">
            <a className="button" href={`${base}assessment/?reassess`}>
              {t('journeyView.reassess')}
            </a>
            <button className="button secondary" type="button" onClick={() => actor.send({ type: 'journey.finish' })}>
              {t('journeyView.finishWithout')}
            </button>
          </div>
        </section>
      )}
      {snapshot.matches('completed') && (
        <section className="notice" aria-labelledby="stretch-heading">
          <h2 id="stretch-heading">{ids.length > 0 ? t('journeyView.complete') : t('journeyView.atEveryTarget')}</h2>
          <p>{stretch.length > 0 ? t('journeyView.stretch') : t('journeyView.top')}</p>
          <ul className="plain-list">
            {stretch.map((s) => (
              <li key={JSON.stringify(s.target)}>
                <button
                  className="button secondary"
                  type="button"
                  onClick={() => actor.send({ type: 'target.change', target: s.target })}
                >
                  {t('journeyView.aimAtTarget', { target: targetText(s.target) })}
                </button>{' '}
                <span className="muted">
                  {t('journeyView.stretchSize', { count: s.modules, hours: Math.round(s.minutes / 6) / 10 })}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <SplitLink
              text={t('journeyView.reassessLink', { link: '{link}' })}
              href={`${base}assessment/?reassess`}
              label={t('journeyView.reassess')}
            />
          </p>
        </section>
      )}

      {ids.length > 0 && (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t('journeyView.progress')}</h2>
          <p id="journey-progress-label">
            {t('journeyView.progressLabel', {
              done: doneCount,
              total: ids.length,
              hours: Math.round(minutesLeft / 6) / 10,
            })}
          </p>
          <progress max={Math.max(ids.length, 1)} value={doneCount} aria-labelledby="journey-progress-label" />
          {current && (snapshot.matches('planned') || snapshot.matches('learning')) && (
            <p>
              <a className="button" href={`${base}modules/${current}/`}>
                {t(doneCount === 0 ? 'journeyView.start' : 'journeyView.continue', {
                  module: modules.get(current)?.title ?? current,
                })}
              </a>
            </p>
          )}
        </section>
      )}
      {ids.length > 0 && <OfflineJourney moduleIds={ids} locale={locale} t={t} />}
      {likelyKnown.length > 0 && (
        <section className="notice" aria-labelledby="likely-known">
          <h2 id="likely-known">{t('journeyView.likelyKnown', { count: likelyKnown.length })}</h2>
          <p>{t('journeyView.likelyKnownIntro')}</p>
          <p>
            <a className="button" href={quickQuizHref(likelyKnown, likelyKnown[0]!, base)}>
              {t('journeyView.quickQuiz', {
                count: likelyKnown.length,
                minutes: quickQuizMinutes(likelyKnown.map((id) => modules.get(id) ?? { checks: [] })),
              })}
            </a>
          </p>
          <ul>
            {likelyKnown.map((id) => (
              <li key={id}>
                <a href={testOutHref(id, base)}>
                  {t('journeyView.testOutOf', { module: modules.get(id)?.title ?? id })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(context.journey?.stages ?? []).map((stage, s) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stages are numbered by their position in the plan
        <section className="journey-stage" key={s} aria-labelledby={`stage-${s}`}>
          <h2 id={`stage-${s}`}>{t('journeyView.stage', { number: s + 1, level: levelName(stage.level) })}</h2>
          <ol className="journey-steps">
            {stage.steps.map((step) => {
              const module = modules.get(step.moduleId);
              const done = finished.has(step.moduleId);
              const status = stepStatus(step.moduleId);
              return (
                <li
                  key={step.moduleId}
                  className={`journey-step ${done ? 'is-done' : ''} ${!done && step.moduleId === current ? 'is-current' : ''}`}
                >
                  <a href={`${base}modules/${step.moduleId}/`}>{module?.title ?? step.moduleId}</a>
                  <span className="status-badge">{t(STEP_STATUS_MESSAGE[status])}</span>
                  <span className="muted"> · {t('journeyView.minutes', { minutes: module?.duration ?? 0 })}</span>
                  <br />
                  <span className="muted">{describeStep(step, curriculum, t)}</span>
                  {step.mastered && !done && step.moduleId !== current && (
                    <>
                      {' '}
                      · <a href={testOutHref(step.moduleId, base)}>{t('journeyView.mayKnow')}</a>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {(context.journey?.uncovered.length ?? 0) > 0 && (
        <p className="muted">
          {t('journeyView.uncovered', {
            levels: context
              .journey!.uncovered.map((u) =>
                t('journeyView.competencyLevel', {
                  competency: names.get(u.competency) ?? u.competency,
                  level: u.level,
                }),
              )
              .join(', '),
          })}
        </p>
      )}
      <TargetControls
        actor={actor}
        curriculum={curriculum}
        target={context.target}
        t={t}
        targetText={targetText}
        hasModel={hasModel}
      />
    </>
  );
}

/** The levels reached at the end of the journey, per target competency. */
function LevelsReached({
  curriculum,
  progress,
  levelName,
  t,
}: {
  curriculum: PlannerCurriculum;
  progress: JourneyProgress;
  levelName: (level: number) => string;
  t: T;
}) {
  const after = afterModule(curriculum, progress);
  if (after.kind !== 'journeyDone') return null;
  return (
    <>
      <p id="levels-reached">{t('journeyView.levelsReached')}</p>
      <ul aria-labelledby="levels-reached">
        {after.levels.map((l) => (
          <li key={l.competency}>
            {t('moduleComplete.levelReached', {
              competency: l.name,
              name: levelName(l.reached),
              level: l.reached,
              target: l.target,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function TargetControls({
  actor,
  curriculum,
  target,
  t,
  targetText,
  hasModel,
}: {
  actor: JourneyActor;
  curriculum: PlannerCurriculum;
  target: JourneyTarget;
  t: T;
  targetText: (target: JourneyTarget) => string;
  hasModel: boolean;
}) {
  const [choice, setChoice] = useState('model');
  const [level, setLevel] = useState(3);
  const [confirming, setConfirming] = useState<'target' | 'restart' | null>(null);
  const chosen = (): JourneyTarget =>
    choice === 'model'
      ? { kind: 'model' }
      : choice.startsWith('path:')
        ? { kind: 'path', pathId: choice.slice(5) }
        : { kind: 'competency', competency: choice.slice(11), level };
  return (
    <section aria-labelledby="target-heading">
      <h2 id="target-heading">{t('journeyView.yourTarget')}</h2>
      <p>{t('journeyView.aimsAt', { target: targetText(target) })}</p>
      <div className="actions-row">
        <label>
          {t('journeyView.aimAt')}{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="model">{t(hasModel ? 'journeyView.option.model' : 'journeyView.option.default')}</option>
            <TargetGroup
              label={t('journeyView.option.path')}
              kind="path"
              choices={curriculum.paths.map((p) => ({ id: p.id, name: p.title }))}
            />
            <TargetGroup
              label={t('journeyView.option.competency')}
              kind="competency"
              choices={curriculum.competencies}
            />
          </select>
        </label>
        {choice.startsWith('competency:') && (
          <label>
            {t('journeyView.atLevel')}{' '}
            <select value={level} onChange={(e) => setLevel(Number(e.target.value))}>
              <LevelOptions levels={curriculum.scale} />
            </select>
          </label>
        )}
        <button className="button secondary" type="button" onClick={() => setConfirming('target')}>
          {t('journeyView.changeTarget')}
        </button>
        <button className="button secondary" type="button" onClick={() => setConfirming('restart')}>
          {t('journeyView.restart')}
        </button>
      </div>
      {confirming && (
        <div className="notice" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {confirming === 'target'
              ? t('journeyView.confirmTarget', { target: targetText(chosen()) })
              : t('journeyView.confirmRestart')}
          </p>
          <div className="actions-row">
            <button
              className="button"
              type="button"
              // biome-ignore lint/a11y/noAutofocus: the confirmation replaces the button just pressed; focus moves to its first action
              autoFocus
              onClick={() => {
                actor.send(
                  confirming === 'target' ? { type: 'target.change', target: chosen() } : { type: 'journey.restart' },
                );
                setConfirming(null);
              }}
            >
              {confirming === 'target' ? t('journeyView.yesReplan') : t('journeyView.yesRestart')}
            </button>
            <button className="button secondary" type="button" onClick={() => setConfirming(null)}>
              {t('journeyView.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** One group of the target choice: an option per path or competency, valued `<kind>:<id>`. */
function TargetGroup({
  label,
  kind,
  choices,
}: {
  label: string;
  kind: 'path' | 'competency';
  choices: ReadonlyArray<{ id: string; name: string }>;
}) {
  return (
    <optgroup label={label}>
      {choices.map((c) => (
        <option key={c.id} value={`${kind}:${c.id}`}>
          {c.name}
        </option>
      ))}
    </optgroup>
  );
}
