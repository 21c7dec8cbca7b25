import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import type { JourneyActor } from '../client/journeyActor';
import { assessmentQueue } from '../lib/assessment/assessmentQueue';
import type { AssessmentTime } from '../lib/assessment/estimateAssessmentTime';
import { targetLevels } from '../lib/journey/planJourney';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { summarisePlan } from '../lib/journey/summarisePlan';
import LevelChart from './LevelChart';
import { useJourney, useJourneySnapshot } from './useJourney';

export interface AssessmentItemView {
  id: string;
  competency: string;
  kind: 'behavioural' | 'scenario';
  prompt: string;
  options: string[];
}

interface Props {
  items: AssessmentItemView[];
  regions: Array<{ id: string; name: string; summary: string }>;
  /** How long the self-assessment takes, computed from its text at build time. */
  time: AssessmentTime;
}

const hours = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** The self-assessment: region, then one item at a time, then the results. Binds the journey actor. */
export default function AssessmentFlow(props: Props) {
  const journey = useJourney();
  if (!journey) return <p role="status">Loading your self-assessment…</p>;
  return <Flow {...props} actor={journey.actor} curriculum={journey.curriculum} />;
}

function Flow({
  items,
  regions,
  time,
  actor,
  curriculum,
}: Props & { actor: JourneyActor; curriculum: PlannerCurriculum }) {
  const snapshot = useJourneySnapshot(actor);
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
      <section aria-labelledby="step">
        <h2 id="step" ref={heading} tabIndex={-1}>
          Before you start
        </h2>
        <p>
          You will answer {time.questions.fewest} to {time.questions.most} short questions, about {time.minutes.fewest}{' '}
          to {time.minutes.most} minutes: once your answers settle a competency’s level, the next competency begins.
          Answer for what you actually do today, not what you know you should do: your journey covers only the gaps you
          show. You can skip a question, go back, or leave and come back later; your answers are kept in this browser.
        </p>
        <button className="button" type="button" onClick={() => actor.send({ type: 'assessment.start' })}>
          Start the self-assessment
        </button>
      </section>
    );
  }

  if (snapshot.matches({ assessing: 'region' }))
    return (
      <RegionStep
        regions={regions}
        initial={context.region}
        headingRef={heading}
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
        <section aria-labelledby="step">
          <h2 id="step" ref={heading} tabIndex={-1}>
            Ready to see your results
          </h2>
          <p>
            You answered {answered} of {upTo} questions{answered < upTo ? ` (${upTo - answered} skipped)` : ''}. Skipped
            questions lower the confidence of an estimate, never the level.
          </p>
          <div className="actions-row">
            <button className="button secondary" type="button" onClick={() => actor.send({ type: 'assessment.back' })}>
              Back
            </button>
            <button className="button" type="button" onClick={() => actor.send({ type: 'assessment.finish' })}>
              See my results
            </button>
          </div>
        </section>
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
      />
    );
  }

  const names = Object.fromEntries(curriculum.competencies.map((c) => [c.id, c.name]));
  const targets = Object.fromEntries(targetLevels(curriculum, context.target).map((t) => [t.competency, t.level]));
  const summary = summarisePlan(context.estimates, context.journey);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <section aria-labelledby="step">
      <h2 id="step" ref={heading} tabIndex={-1}>
        Your results
      </h2>
      {summary.gaps.length > 0 ? (
        <>
          <p className="lead" data-testid="plan-summary">
            <strong>
              {plural(summary.gaps.length, 'gap')} → {plural(summary.modules, 'module')}, about{' '}
              {hours.format(summary.minutes / 60)} h
            </strong>
          </p>
          <h3>Your gaps</h3>
          <ul>
            {summary.gaps.map((g) => (
              <li key={g.competency}>
                {names[g.competency] ?? g.competency}: level {g.level}, target {g.target}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="lead" data-testid="plan-summary">
          <strong>No gaps: you are at or above every target.</strong> Your journey suggests a stretch goal.
        </p>
      )}
      <LevelChart estimates={context.estimates} targets={targets} names={names} scale={curriculum.scale} />
      <h3>How this was scored</h3>
      <p>
        Each answer is anchored to a level of the scale. For each competency your level is the middle value (the median)
        of the levels your answers point to, rounded down, so one unusual answer does not move it and a close call
        includes a module rather than skipping it. Skipped questions carry no evidence: they lower the confidence shown,
        not the level. A competency with no answers counts as level 0, so your journey covers it from the start.
      </p>
      <p>
        <a className="button" href="/journey/">
          See your journey
        </a>
      </p>
      {!snapshot.matches('reassessing') && (
        <p>
          <button
            className="button secondary"
            type="button"
            onClick={() =>
              actor.send({ type: snapshot.matches('planned') ? 'assessment.start' : 'reassessment.start' })
            }
          >
            Reassess yourself
          </button>
        </p>
      )}
    </section>
  );
}

// Radios are left uncontrolled (defaultChecked, read on submit) so the browser's own arrow-key
// behaviour in a radio group is never fought by re-renders.
const chosenValue = (e: SubmitEvent<HTMLFormElement>, name: string) => new FormData(e.currentTarget).get(name);

function RegionStep({
  regions,
  initial,
  headingRef,
  onChoose,
}: {
  regions: Props['regions'];
  initial: string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onChoose: (region: string) => void;
}) {
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onChoose(String(chosenValue(e, 'region') ?? initial));
  };
  return (
    <form onSubmit={submit} aria-labelledby="step">
      <h2 id="step" ref={headingRef} tabIndex={-1}>
        Where do you work?
      </h2>
      <fieldset>
        <legend>Your region or health-system type decides which local notes you see first.</legend>
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
        Continue
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
}: {
  item: AssessmentItemView;
  competency: string;
  index: number;
  total: number;
  previous: number | null | undefined;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  actor: JourneyActor;
}) {
  const [error, setError] = useState('');
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const choice = chosenValue(e, item.id);
    if (choice === null) {
      setError('Choose the answer closest to what you do, or skip this question.');
      return;
    }
    actor.send({ type: 'assessment.answer', option: Number(choice) });
  };
  return (
    <form onSubmit={submit} aria-labelledby="step" noValidate>
      <p className="muted" id="progress-label">
        Question {index + 1} of {total} · {competency}
      </p>
      <progress max={total} value={index} aria-labelledby="progress-label" />
      <h2 id="step" ref={headingRef} tabIndex={-1} className="item-prompt">
        {item.kind === 'scenario' ? 'Scenario: ' : ''}
        {item.prompt}
      </h2>
      <fieldset aria-describedby={error ? 'item-error' : undefined}>
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
        <button className="button secondary" type="button" onClick={() => actor.send({ type: 'assessment.back' })}>
          Back
        </button>
        <button className="button secondary" type="button" onClick={() => actor.send({ type: 'assessment.skip' })}>
          Skip
        </button>
        <button className="button" type="submit">
          Next
        </button>
      </div>
    </form>
  );
}
