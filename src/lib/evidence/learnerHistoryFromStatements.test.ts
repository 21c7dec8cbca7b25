import { describe, expect, it } from 'vitest';
import { type LearningStatement, statements as make } from '../progress/statements.ts';
import { testStamp } from '../progress/testStamp.ts';
import { learnerStamp, testCurriculum } from '../workforce/testCurriculum.ts';
import { learnerHistorySchema } from './learnerHistory.ts';
import { durationHours, learnerHistoryFromStatements } from './learnerHistoryFromStatements.ts';

const where = { region: 'global', path: 'foundations', function: 'sales' };

describe('learnerHistoryFromStatements', () => {
  it('reads the first self-assessment and a reassessment a month later as two results, scored over the latest answers', () => {
    const first = learnerStamp('ana', '2026-03-01T09:00:00Z');
    const again = learnerStamp('ana-2', '2026-04-01T09:00:00Z');
    const log: LearningStatement[] = [
      make.answeredAssessmentItem(first, 'm1', 1, 1),
      make.answeredAssessmentItem(first, 'm2', 1, 1),
      make.answeredAssessmentItem(first, 'v1', 0, 0),
      make.completedModule(first, 'map-basics', 'Map basics'),
      make.answeredAssessmentItem(again, 'm1', 3, 3),
      make.answeredAssessmentItem(again, 'm2', 3, 3),
    ];
    const history = learnerHistoryFromStatements(log, testCurriculum, where);
    expect(learnerHistorySchema.parse(history)).toEqual(history);
    expect(history.assessments.map((a) => [a.at.slice(0, 10), a.levels])).toEqual([
      ['2026-03-01', { mapping: 1, value: 0 }],
      ['2026-04-01', { mapping: 3, value: 0 }],
    ]);
    expect(history.completions).toEqual([{ module: 'map-basics', at: log[3]!.timestamp }]);
    expect([history.startedAt, history.lastActiveAt]).toEqual([log[0]!.timestamp, log[5]!.timestamp]);
    expect(history).toMatchObject(where);
  });

  it('ignores voided statements, and adds up the hours of the durations statements state', () => {
    const stamp = learnerStamp('bo', '2026-03-01T09:00:00Z');
    const done = make.completedModule(stamp, 'map-basics', 'Map basics');
    const timed = {
      ...make.completedModule(stamp, 'value-case', 'Value case'),
      result: { completion: true, duration: 'PT1H30M' },
    };
    const voiding = {
      ...done,
      id: 'e0000000-0000-4000-8000-000000000001',
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
      object: { objectType: 'StatementRef', id: done.id },
    } as unknown as LearningStatement;
    const history = learnerHistoryFromStatements([done, timed as LearningStatement, voiding], testCurriculum, where);
    expect(history.completions.map((c) => c.module)).toEqual(['value-case']);
    expect(history.hours).toBe(1.5);
  });

  it('scores 2,000 sittings a week apart in time proportional to them, each over the latest answer to every item so far', () => {
    const stamp = testStamp({
      name: 'weekly',
      homePage: 'https://cohesion.invalid',
      start: '1990-01-01T09:00:00Z',
      stepMs: 7 * 86_400_000,
    });
    const log = Array.from({ length: 2000 }, (_, i) =>
      make.answeredAssessmentItem(stamp, i % 2 === 0 ? 'm1' : 'v1', i % 4, i % 4),
    );
    const started = performance.now();
    const history = learnerHistoryFromStatements(log, testCurriculum, where);
    const ms = performance.now() - started;
    expect(history.assessments).toHaveLength(2000);
    // Sitting 1999 (v1 at 3) follows sitting 1998 (m1 at 2): mapping also reads m2, never answered.
    expect(history.assessments.at(-1)!.levels).toEqual(
      learnerHistoryFromStatements(log.slice(-2), testCurriculum, where).assessments.at(-1)!.levels,
    );
    // Before: every sitting re-derived the answers so far (quadratic), about 6 s here; now a few ms.
    expect(ms).toBeLessThan(200);
  });

  it('says an invited learner with no statements has not started', () => {
    const history = learnerHistoryFromStatements([], testCurriculum, where);
    expect(history).toEqual({ ...where, assessments: [], completions: [], hours: 0 });
  });
});

describe('durationHours', () => {
  it('reads days, hours, minutes and seconds, and gives 0 for what is not a duration', () => {
    expect(durationHours('P1DT2H')).toBe(26);
    expect(durationHours('PT45M')).toBe(0.75);
    expect(durationHours('PT90S')).toBe(0.025);
    expect(durationHours('1 hour')).toBe(0);
    expect(durationHours(undefined)).toBe(0);
  });
});
