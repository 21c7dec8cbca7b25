import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { testCurriculum } from '../curriculum/testCurriculum';
import { createJourneyMachine, type JourneyContext, type JourneyEvent } from '../journey/journeyMachine';
import { toPlannerCurriculum } from '../journey/plannerCurriculum';
import { deriveProgress, doneModules } from './deriveProgress';
import type { LearningStatement } from './statements';
import { statementsForTransition } from './statementsForTransition';
import { testStamp } from './testStamp';

describe('statementsForTransition', () => {
  it('records what the learner did, so the log alone rebuilds their progress', () => {
    const curriculum = toPlannerCurriculum(testCurriculum());
    const actor = createActor(createJourneyMachine(curriculum)).start();
    const stamp = testStamp();
    const log: LearningStatement[] = [];
    const send = (event: JourneyEvent) => {
      const before: JourneyContext = actor.getSnapshot().context;
      actor.send(event);
      log.push(...statementsForTransition(stamp, curriculum, before, actor.getSnapshot().context, event));
    };
    send({ type: 'assessment.start' });
    send({ type: 'region.choose', region: 'global' });
    send({ type: 'assessment.answer', option: 1 });
    send({ type: 'assessment.finish' });
    send({ type: 'module.open', moduleId: 'intro' });
    send({ type: 'check.fail', moduleId: 'intro', checkId: 'q1', chosen: [1] });
    send({ type: 'check.pass', moduleId: 'intro', checkId: 'q1', chosen: [0] });
    send({ type: 'module.testOutFailed', moduleId: 'deeper' });
    send({ type: 'module.testOut', moduleId: 'deeper' });

    expect(log.map((s) => s.verb.display?.['en-US'])).toEqual([
      'answered',
      'progressed',
      'experienced',
      'answered',
      'answered',
      'completed',
      'progressed',
      'failed',
      'passed',
      'progressed',
    ]);
    expect(log.at(-1)!.result).toEqual({ score: { scaled: 1 }, completion: true });
    const progress = deriveProgress(log);
    expect(doneModules(progress)).toEqual(['deeper', 'intro']);
    expect(progress.assessment['mapping-habit']).toMatchObject({ option: 1, level: 1 });
  });
});
