import { useState } from 'react';
import type { JourneyActor } from '../client/journeyActor';
import { levelsOf } from '../lib/assessment/scoreAssessment';
import { afterModule, describeLevelReached, type JourneyProgress } from '../lib/journey/afterModule';
import { journeyModuleIds } from '../lib/journey/journeyModuleIds';
import type { JourneyTarget } from '../lib/journey/planJourney';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { quickQuizHref, quickQuizMinutes } from '../lib/journey/quickQuiz';
import { suggestStretch } from '../lib/journey/suggestStretch';
import { factsOfJourney, isDone, MODULE_STATUS_LABELS, moduleStatus, nextModule } from '../lib/progress/moduleStatus';
import { useJourney, useJourneySnapshot } from './useJourney';

/** The learner's journey: stages of modules with progress, target, restart and change notices. */
export default function JourneyView() {
  const journey = useJourney();
  if (!journey) return <p role="status">Loading your journey…</p>;
  return <View actor={journey.actor} curriculum={journey.curriculum} />;
}

function View({ actor, curriculum }: { actor: JourneyActor; curriculum: PlannerCurriculum }) {
  const snapshot = useJourneySnapshot(actor);
  const { context } = snapshot;
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const names = new Map(curriculum.competencies.map((c) => [c.id, c.name]));

  if (snapshot.matches('notStarted') || snapshot.matches('assessing')) {
    const started = snapshot.matches('assessing');
    return (
      <section>
        <h2>{started ? 'Your self-assessment is under way' : 'Start with a self-assessment'}</h2>
        <p>
          Your journey is planned from your self-assessment: it covers only your gaps, in an order that respects
          prerequisites.
        </p>
        <a className="button" href="/assessment/">
          {started ? 'Continue the self-assessment' : 'Take the self-assessment'}
        </a>
      </section>
    );
  }
  if (snapshot.matches('reassessing')) {
    return (
      <section>
        <h2>Your reassessment is under way</h2>
        <a className="button" href="/assessment/">
          Continue the reassessment
        </a>
      </section>
    );
  }

  const ids = journeyModuleIds(context.journey);
  const facts = factsOfJourney(context);
  const finished = new Set(ids.filter((id) => isDone(moduleStatus(id, facts))));
  const doneCount = finished.size;
  const current = nextModule(ids, facts);
  const minutesLeft = ids.filter((id) => !finished.has(id)).reduce((n, id) => n + (modules.get(id)?.duration ?? 0), 0);
  const stretch = snapshot.matches('completed')
    ? suggestStretch(curriculum, levelsOf(context.estimates), [...finished])
    : [];
  const likelyKnown = (context.journey?.stages ?? [])
    .flatMap((s) => s.steps)
    .filter((step) => step.mastered && !finished.has(step.moduleId))
    .map((step) => step.moduleId);
  const levelName = (level: number) => curriculum.scale.find((l) => l.level === level)?.name ?? `Level ${level}`;

  return (
    <>
      {context.changes.length > 0 && (
        <section className="notice" aria-labelledby="changes">
          <h2 id="changes">The curriculum was updated</h2>
          <ul>
            {context.changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list of changes is rebuilt whole, never reordered
              <li key={i}>
                <strong>{c.title}:</strong> {c.detail}
              </li>
            ))}
          </ul>
          <p>Everything you completed is kept.</p>
          <button className="button secondary" type="button" onClick={() => actor.send({ type: 'notice.dismiss' })}>
            Got it
          </button>
        </section>
      )}
      {context.suggestion && (
        <section className="notice" aria-labelledby="suggestion">
          <h2 id="suggestion">A step back may help</h2>
          <p>
            You missed a knowledge check of <strong>{modules.get(context.suggestion.forModuleId)?.title}</strong> twice.{' '}
            {context.suggestion.kind === 'remedial' ? (
              <>
                Try{' '}
                <a href={`/modules/${context.suggestion.moduleId}/`}>
                  {modules.get(context.suggestion.moduleId)?.title}
                </a>{' '}
                first, then come back.
              </>
            ) : (
              <>Reread its worked example and common mistakes, then try again.</>
            )}
          </p>
          <button className="button secondary" type="button" onClick={() => actor.send({ type: 'suggestion.dismiss' })}>
            Dismiss
          </button>
        </section>
      )}
      {snapshot.matches('reassessmentOffered') && (
        <section className="module-complete" aria-labelledby="reassess">
          <h2 id="reassess">You have finished your journey</h2>
          <LevelsReached curriculum={curriculum} progress={context} levelName={levelName} />
          <p>
            What comes next: reassess yourself to see how your levels have moved; if gaps remain, you get a new plan.
          </p>
          <div className="actions-row">
            <a className="button" href="/assessment/?reassess">
              Reassess myself
            </a>
            <button className="button secondary" type="button" onClick={() => actor.send({ type: 'journey.finish' })}>
              Finish without reassessing
            </button>
          </div>
        </section>
      )}
      {snapshot.matches('completed') && (
        <section className="notice" aria-labelledby="stretch-heading">
          <h2 id="stretch-heading">
            {ids.length > 0 ? 'Your journey is complete' : 'You are already at every target'}
          </h2>
          <p>
            {stretch.length > 0
              ? 'You have reached your targets. A stretch goal keeps you going:'
              : 'You stand at the top of every competency: share what you know in the community of practice.'}
          </p>
          <ul className="plain-list">
            {stretch.map((s) => (
              <li key={JSON.stringify(s.target)}>
                <button
                  className="button secondary"
                  type="button"
                  onClick={() => actor.send({ type: 'target.change', target: s.target })}
                >
                  Aim at {describeTarget(s.target, curriculum)}
                </button>{' '}
                <span className="muted">
                  {s.modules} {s.modules === 1 ? 'module' : 'modules'}, about {Math.round(s.minutes / 6) / 10} h
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href="/assessment/?reassess">Reassess myself</a> to see how your levels have moved.
          </p>
        </section>
      )}

      {ids.length > 0 && (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">Progress</h2>
          <p id="journey-progress-label">
            {doneCount} of {ids.length} modules done · about {Math.round(minutesLeft / 6) / 10} hours left
          </p>
          <progress max={Math.max(ids.length, 1)} value={doneCount} aria-labelledby="journey-progress-label" />
          {current && (snapshot.matches('planned') || snapshot.matches('learning')) && (
            <p>
              <a className="button" href={`/modules/${current}/`}>
                {doneCount === 0 ? 'Start' : 'Continue'}: {modules.get(current)?.title}
              </a>
            </p>
          )}
        </section>
      )}
      {likelyKnown.length > 0 && (
        <section className="notice" aria-labelledby="likely-known">
          <h2 id="likely-known">
            You likely know {likelyKnown.length === 1 ? 'one of these' : `${likelyKnown.length} of these`} already
          </h2>
          <p>
            Your answers say you already master what these prerequisites teach. Test out of them in one sitting instead
            of studying them, or of each on its own:
          </p>
          <p>
            <a className="button" href={quickQuizHref(likelyKnown, likelyKnown[0]!)}>
              Take the quick quiz ({likelyKnown.length} {likelyKnown.length === 1 ? 'module' : 'modules'}, about{' '}
              {quickQuizMinutes(likelyKnown.map((id) => modules.get(id) ?? { checks: [] }))} min)
            </a>
          </p>
          <ul>
            {likelyKnown.map((id) => (
              <li key={id}>
                <a href={`/modules/${id}/test-out/`}>Test out of {modules.get(id)?.title ?? id}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(context.journey?.stages ?? []).map((stage, s) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stages are numbered by their position in the plan
        <section className="journey-stage" key={s} aria-labelledby={`stage-${s}`}>
          <h2 id={`stage-${s}`}>
            Stage {s + 1}: towards {levelName(stage.level)}
          </h2>
          <ol className="journey-steps">
            {stage.steps.map((step) => {
              const module = modules.get(step.moduleId);
              const done = finished.has(step.moduleId);
              const status = done
                ? MODULE_STATUS_LABELS[moduleStatus(step.moduleId, facts)]
                : step.moduleId === current
                  ? 'Up next'
                  : 'To do';
              return (
                <li
                  key={step.moduleId}
                  className={`journey-step ${done ? 'is-done' : ''} ${status === 'Up next' ? 'is-current' : ''}`}
                >
                  <a href={`/modules/${step.moduleId}/`}>{module?.title ?? step.moduleId}</a>
                  <span className="status-badge">{status}</span>
                  <span className="muted"> · {module?.duration} min</span>
                  <br />
                  <span className="muted">
                    {step.reasons.length > 0
                      ? step.reasons
                          .map((r) => `${names.get(r.competency) ?? r.competency} ${r.from} → ${r.to}`)
                          .join('; ')
                      : `Needed before ${step.prerequisiteFor.map((id) => modules.get(id)?.title ?? id).join(', ')}`}
                  </span>
                  {step.mastered && status === 'To do' && (
                    <>
                      {' '}
                      · <a href={`/modules/${step.moduleId}/test-out/`}>You may know this already: test out</a>
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
          Not yet covered by any module:{' '}
          {context.journey!.uncovered.map((u) => `${names.get(u.competency)} level ${u.level}`).join(', ')}. The COE has
          been told through the coverage report.
        </p>
      )}
      <TargetControls actor={actor} curriculum={curriculum} target={context.target} />
    </>
  );
}

/** The levels reached at the end of the journey, per target competency. */
function LevelsReached({
  curriculum,
  progress,
  levelName,
}: {
  curriculum: PlannerCurriculum;
  progress: JourneyProgress;
  levelName: (level: number) => string;
}) {
  const after = afterModule(curriculum, progress);
  if (after.kind !== 'journeyDone') return null;
  return (
    <>
      <p id="levels-reached">The levels you have reached:</p>
      <ul aria-labelledby="levels-reached">
        {after.levels.map((l) => (
          <li key={l.competency}>{describeLevelReached(l, levelName)}</li>
        ))}
      </ul>
    </>
  );
}

function describeTarget(target: JourneyTarget, curriculum: PlannerCurriculum): string {
  if (target.kind === 'model') return 'the engagement model’s targets for everyone';
  if (target.kind === 'path')
    return `the learning path “${curriculum.paths.find((p) => p.id === target.pathId)?.title ?? target.pathId}”`;
  return `${curriculum.competencies.find((c) => c.id === target.competency)?.name ?? target.competency} at level ${target.level}`;
}

function TargetControls({
  actor,
  curriculum,
  target,
}: {
  actor: JourneyActor;
  curriculum: PlannerCurriculum;
  target: JourneyTarget;
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
      <h2 id="target-heading">Your target</h2>
      <p>Your journey aims at {describeTarget(target, curriculum)}.</p>
      <div className="actions-row">
        <label>
          Aim at{' '}
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="model">The engagement model’s targets</option>
            <optgroup label="A learning path">
              {curriculum.paths.map((p) => (
                <option key={p.id} value={`path:${p.id}`}>
                  {p.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="One competency">
              {curriculum.competencies.map((c) => (
                <option key={c.id} value={`competency:${c.id}`}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {choice.startsWith('competency:') && (
          <label>
            at level{' '}
            <select value={level} onChange={(e) => setLevel(Number(e.target.value))}>
              {curriculum.scale.map((l) => (
                <option key={l.level} value={l.level}>
                  {l.level} {l.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button className="button secondary" type="button" onClick={() => setConfirming('target')}>
          Change target
        </button>
        <button className="button secondary" type="button" onClick={() => setConfirming('restart')}>
          Restart from scratch
        </button>
      </div>
      {confirming && (
        <div className="notice" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {confirming === 'target'
              ? `Re-plan your journey towards ${describeTarget(chosen(), curriculum)}? Modules you completed stay done.`
              : 'Restart from scratch? Your answers, plan and progress in this journey will be cleared. Reflections are kept.'}
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
              {confirming === 'target' ? 'Yes, re-plan' : 'Yes, restart'}
            </button>
            <button className="button secondary" type="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
