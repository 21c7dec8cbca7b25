import { type SubmitEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { handOverAssessmentFirstView } from '../client/assessmentFirstView';
import type { JourneyActor } from '../client/journeyActor';
import { assessmentQueue } from '../lib/assessment/assessmentQueue';
import type { AssessmentTime } from '../lib/assessment/estimateAssessmentTime';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { targetLevels } from '../lib/journey/planJourney';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { summarisePlan } from '../lib/journey/summarisePlan';
import LevelChart, { levelChartMessages } from './LevelChart';
import { useJourney, useJourneySnapshot } from './useJourney';

export interface AssessmentItemView {
  id: string;
  competency: string;
  kind: 'behavioural' | 'scenario';
  prompt: string;
  options: string[];
  /** The language of the prompt and options when it is not the page's (an item not yet translated). */
  lang?: string;
}

interface Props {
  items: AssessmentItemView[];
  regions: Array<{ id: string; name: string; summary: string }>;
  /** How long the self-assessment takes, computed from its text at build time. */
  time: AssessmentTime;
  i18n: IslandMessages<(typeof assessmentFlowMessages)[number]>;
}

/** The messages AssessmentFlow (and its LevelChart) shows; the page passes exactly these. */
export const assessmentFlowMessages = [
  'assessmentFlow.loading',
  'assessmentFlow.before',
  'assessmentFlow.intro',
  'assessmentFlow.start',
  'assessmentFlow.ready',
  'assessmentFlow.answered',
  'assessmentFlow.answeredSkipped',
  'assessmentFlow.back',
  'assessmentFlow.seeResults',
  'assessmentFlow.results',
  'assessmentFlow.gaps',
  'assessmentFlow.modules',
  'assessmentFlow.plan',
  'assessmentFlow.yourGaps',
  'assessmentFlow.gap',
  'assessmentFlow.noGaps',
  'assessmentFlow.stretch',
  'assessmentFlow.scoring',
  'assessmentFlow.scoringBody',
  'assessmentFlow.seeJourney',
  'assessmentFlow.reassess',
  'assessmentFlow.where',
  'assessmentFlow.whereLegend',
  'assessmentFlow.continue',
  'assessmentFlow.chooseOrSkip',
  'assessmentFlow.question',
  'assessmentFlow.scenario',
  'assessmentFlow.skip',
  'assessmentFlow.skipRest',
  'assessmentFlow.next',
  ...levelChartMessages,
] as const;

type T = Translate<(typeof assessmentFlowMessages)[number]>;

/** The self-assessment: region, then one item at a time, then the results. Binds the journey actor. */
export default function AssessmentFlow(props: Props) {
  const journey = useJourney();
  const t: T = createTranslator(props.i18n.locale, props.i18n.messages);
  if (!journey) return <p role="status">{t('assessmentFlow.loading')}</p>;
  return <Flow {...props} actor={journey.actor} curriculum={journey.curriculum} t={t} />;
}

function Flow({
  items,
  regions,
  time,
  actor,
  curriculum,
  i18n,
  t,
}: Props & { actor: JourneyActor; curriculum: PlannerCurriculum; t: T }) {
  const hours = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 });
  const snapshot = useJourneySnapshot(actor);
  // Drawn now: the page's first view (src/client/assessmentFirstView.ts) steps aside, before the browser paints.
  useLayoutEffect(handOverAssessmentFirstView, []);
  const { context } = snapshot;
  // "Reassess myself" links here with ?reassess: the reassessment starts on arrival, in one click,
  // whatever state the page that linked here had saved.
  useEffect(() => {
    const url = new URL(location.href);
    if (!url.searchParams.has('reassess')) return;
    if (actor.getSnapshot().can({ type: 'reassessment.start' })) actor.send({ type: 'reassessment.start' });
    url.searchParams.delete('reassess');
    history.replaceState(history.state, '', url);
  }, [actor]);
  const heading = useRef<HTMLHeadingElement>(null);
  const answering = snapshot.matches({ assessing: 'items' }) || snapshot.matches('reassessing');
  const step = answering ? `item-${context.cursor}` : String(JSON.stringify(snapshot.value));
  // Move focus to the new step's heading so keyboard and screen-reader users start there.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, to move focus to its heading
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  if (snapshot.matches('notStarted')) {
    return (
      <BeforeYouStart time={time} t={t} headingRef={heading}>
        <SendButton actor={actor} event={{ type: 'assessment.start' }}>
          {t('assessmentFlow.start')}
        </SendButton>
      </BeforeYouStart>
    );
  }

  if (snapshot.matches({ assessing: 'region' }))
    return (
      <RegionStep
        regions={regions}
        initial={context.region}
        headingRef={heading}
        t={t}
        onChoose={(region) => actor.send({ type: 'region.choose', region })}
      />
    );

  if (answering) {
    const item = items[context.cursor];
    const queue = assessmentQueue({
      banks: curriculum.assessment,
      answers: context.answers,
      scope: context.scope ?? null,
    });
    if (!item) {
      const { upTo } = queue.position(context.cursor);
      const inRound = items.filter((i) => !context.scope || context.scope.includes(i.competency));
      const answered = inRound.filter((i) => typeof context.answers[i.id] === 'number').length;
      return (
        <Step title={t('assessmentFlow.ready')} headingRef={heading}>
          <p>
            {t(answered < upTo ? 'assessmentFlow.answeredSkipped' : 'assessmentFlow.answered', {
              answered,
              total: upTo,
              skipped: upTo - answered,
            })}
          </p>
          <div className="actions-row">
            <SendButton actor={actor} event={{ type: 'assessment.back' }} secondary>
              {t('assessmentFlow.back')}
            </SendButton>
            <SendButton actor={actor} event={{ type: 'assessment.finish' }}>
              {t('assessmentFlow.seeResults')}
            </SendButton>
          </div>
        </Step>
      );
    }
    const competency = curriculum.competencies.find((c) => c.id === item.competency)?.name ?? item.competency;
    const { position, upTo } = queue.position(context.cursor);
    return (
      <ItemStep
        key={item.id}
        item={item}
        competency={competency}
        index={position - 1}
        total={upTo}
        previous={context.answers[item.id]}
        headingRef={heading}
        actor={actor}
        t={t}
      />
    );
  }

  const names = Object.fromEntries(curriculum.competencies.map((c) => [c.id, c.name]));
  const targets = Object.fromEntries(targetLevels(curriculum, context.target).map((t) => [t.competency, t.level]));
  const summary = summarisePlan(context.estimates, context.journey);
  return (
    <Step title={t('assessmentFlow.results')} headingRef={heading}>
      {summary.gaps.length > 0 ? (
        <>
          <p className="lead" data-testid="plan-summary">
            <strong>
              {t('assessmentFlow.plan', {
                gaps: t('assessmentFlow.gaps', { count: summary.gaps.length }),
                modules: t('assessmentFlow.modules', { count: summary.modules }),
                hours: hours.format(summary.minutes / 60),
              })}
            </strong>
          </p>
          <h3>{t('assessmentFlow.yourGaps')}</h3>
          <ul>
            {summary.gaps.map((g) => (
              <li key={g.competency}>
                {t('assessmentFlow.gap', {
                  competency: names[g.competency] ?? g.competency,
                  level: g.level,
                  target: g.target,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="lead" data-testid="plan-summary">
          <strong>{t('assessmentFlow.noGaps')}</strong> {t('assessmentFlow.stretch')}
        </p>
      )}
      <LevelChart t={t} estimates={context.estimates} targets={targets} names={names} scale={curriculum.scale} />
      <h3>{t('assessmentFlow.scoring')}</h3>
      <p>{t('assessmentFlow.scoringBody')}</p>
      <p>
        <a className="button" href={`${i18n.base}journey/`}>
          {t('assessmentFlow.seeJourney')}
        </a>
      </p>
      {!snapshot.matches('reassessing') && (
        <p>
          <SendButton
            actor={actor}
            event={{ type: snapshot.matches('planned') ? 'assessment.start' : 'reassessment.start' }}
            secondary
          >
            {t('assessmentFlow.reassess')}
          </SendButton>
        </p>
      )}
    </Step>
  );
}

// Radios are left uncontrolled (defaultChecked, read on submit) so the browser's own arrow-key
// behaviour in a radio group is never fought by re-renders.
/** One step of the flow: a section named by its heading, which takes the focus when the step changes. */
/**
 * The "Before you start" step as the page draws it at build time, without the island's code: shown on a
 * first visit until the island takes over at the learner's first interaction (src/client/assessmentFirstView.ts).
 */
export function AssessmentFirstView({ time, i18n }: Pick<Props, 'time' | 'i18n'>) {
  const t: T = createTranslator(i18n.locale, i18n.messages);
  return (
    <BeforeYouStart time={time} t={t} headingId="first-view-step">
      <button className="button" type="button">
        {t('assessmentFlow.start')}
      </button>
    </BeforeYouStart>
  );
}

/** The step before the first question: how long it takes, and the button that starts it. */
function BeforeYouStart({
  time,
  t,
  headingRef,
  headingId,
  children,
}: {
  time: AssessmentTime;
  t: T;
  headingRef?: React.RefObject<HTMLHeadingElement | null>;
  headingId?: string;
  children: React.ReactNode;
}) {
  return (
    <Step title={t('assessmentFlow.before')} headingRef={headingRef} headingId={headingId}>
      <p>
        {t('assessmentFlow.intro', {
          fewestQuestions: time.questions.fewest,
          mostQuestions: time.questions.most,
          fewestMinutes: time.minutes.fewest,
          mostMinutes: time.minutes.most,
        })}
      </p>
      {children}
    </Step>
  );
}

/**
 * `headingId` names the section: the first view, which stays in the page (hidden) beside the island, needs an id
 * of its own, or the island's step would be named by the first view's heading.
 */
function Step({
  title,
  headingRef,
  headingId = 'step',
  children,
}: {
  title: string;
  headingRef?: React.RefObject<HTMLHeadingElement | null> | undefined;
  headingId?: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A button that sends `event` to the journey when pressed. */
function SendButton({
  actor,
  event,
  secondary = false,
  children,
}: {
  actor: JourneyActor;
  event: Parameters<JourneyActor['send']>[0];
  secondary?: boolean;
  children: React.ReactNode;
}) {
  return (
    <button className={secondary ? 'button secondary' : 'button'} type="button" onClick={() => actor.send(event)}>
      {children}
    </button>
  );
}

const chosenValue = (e: SubmitEvent<HTMLFormElement>, name: string) => new FormData(e.currentTarget).get(name);

function RegionStep({
  regions,
  initial,
  headingRef,
  t,
  onChoose,
}: {
  regions: Props['regions'];
  initial: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  t: T;
  onChoose: (region: string) => void;
}) {
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onChoose(String(chosenValue(e, 'region') ?? initial));
  };
  return (
    <form onSubmit={submit} aria-labelledby="step">
      <h2 id="step" ref={headingRef} tabIndex={-1}>
        {t('assessmentFlow.where')}
      </h2>
      <fieldset>
        <legend>{t('assessmentFlow.whereLegend')}</legend>
        {regions.map((r) => (
          <div className="option-row" key={r.id}>
            <label>
              <input type="radio" name="region" value={r.id} defaultChecked={initial === r.id} />{' '}
              <strong>{r.name}</strong>
              <span className="muted"> — {r.summary}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <button className="button" type="submit">
        {t('assessmentFlow.continue')}
      </button>
    </form>
  );
}

function ItemStep({
  item,
  competency,
  index,
  total,
  previous,
  headingRef,
  actor,
  t,
}: {
  item: AssessmentItemView;
  competency: string;
  index: number;
  total: number;
  previous: number | null | undefined;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  actor: JourneyActor;
  t: T;
}) {
  const [error, setError] = useState('');
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const choice = chosenValue(e, item.id);
    if (choice === null) {
      setError(t('assessmentFlow.chooseOrSkip'));
      return;
    }
    actor.send({ type: 'assessment.answer', option: Number(choice) });
  };
  return (
    <form onSubmit={submit} aria-labelledby="step" noValidate>
      <p className="muted" id="progress-label">
        {t('assessmentFlow.question', { number: index + 1, total, competency })}
      </p>
      <progress max={total} value={index} aria-labelledby="progress-label" />
      <h2 id="step" ref={headingRef} tabIndex={-1} className="item-prompt">
        {item.kind === 'scenario' ? t('assessmentFlow.scenario') : ''}
        <span lang={item.lang}>{item.prompt}</span>
      </h2>
      <fieldset aria-describedby={error ? 'item-error' : undefined} lang={item.lang}>
        <legend className="visually-hidden">{item.prompt}</legend>
        {item.options.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an item's options are fixed content, never reordered
          <div className="option-row" key={i}>
            <label>
              <input
                type="radio"
                name={item.id}
                value={i}
                defaultChecked={previous === i}
                onChange={() => setError('')}
              />{' '}
              {text}
            </label>
          </div>
        ))}
      </fieldset>
      {error && (
        <p id="item-error" className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions-row">
        <SendButton actor={actor} event={{ type: 'assessment.back' }} secondary>
          {t('assessmentFlow.back')}
        </SendButton>
        <SendButton actor={actor} event={{ type: 'assessment.skip' }} secondary>
          {t('assessmentFlow.skip')}
        </SendButton>
        <button className="button" type="submit">
          {t('assessmentFlow.next')}
        </button>
      </div>
      <p>
        <button className="link-button" type="button" onClick={() => actor.send({ type: 'assessment.skipRest' })}>
          {t('assessmentFlow.skipRest')}
        </button>
      </p>
    </form>
  );
}
