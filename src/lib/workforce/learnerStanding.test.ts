import { describe, expect, it } from 'vitest';
import { type LearningStatement, statements } from '../progress/statements.ts';
import { VERBS } from '../progress/xapiIds.ts';
import { learnerStanding, MAX_WEEKS, NO_PATH, UNKNOWN_REGION } from './learnerStanding.ts';
import { journeyDocument, learnerStamp, testCurriculum } from './testCurriculum.ts';

describe('learnerStanding', () => {
  it('takes the higher of the assessed level and the highest level of a module done, per competency', () => {
    const s = learnerStamp('ana', '2026-03-02T09:00:00Z');
    const log = [
      statements.answeredAssessmentItem(s, 'm1', 1, 1),
      statements.answeredAssessmentItem(s, 'm2', 1, 1),
      statements.answeredAssessmentItem(s, 'v1', 3, 3),
      statements.completedModule(s, 'map-basics', 'Map basics'),
      statements.testedOutModule(s, 'map-deeper', 'Map deeper', true),
    ];
    expect(learnerStanding({ statements: log }, testCurriculum).levels).toEqual({ mapping: 2, value: 3 });
  });

  it('scores the latest answer per item with the median rounded down', () => {
    const s = learnerStamp('ben', '2026-03-02T09:00:00Z');
    const log = [
      statements.answeredAssessmentItem(s, 'm1', 4, 4),
      statements.answeredAssessmentItem(s, 'm2', 1, 1),
      statements.answeredAssessmentItem(s, 'm1', 2, 2),
    ];
    expect(learnerStanding({ statements: log }, testCurriculum).levels.mapping).toBe(1); // median of 2 and 1
  });

  it('keeps the levels at the end of each ISO week with activity', () => {
    const week1 = learnerStamp('cy', '2026-03-02T09:00:00Z');
    const week3 = learnerStamp('cy', '2026-03-18T09:00:00Z');
    const log = [
      statements.answeredAssessmentItem(week1, 'v1', 1, 1),
      statements.completedModule(week3, 'value-case', 'Value case'),
    ];
    expect(learnerStanding({ statements: log }, testCurriculum).history).toEqual([
      { week: '2026-W10', levels: { mapping: 0, value: 1 } },
      { week: '2026-W12', levels: { mapping: 0, value: 3 } },
    ]);
  });

  it('counts a statement no later than the week the LRS stored it, so a future timestamp cannot move the series', () => {
    const now = learnerStamp('dee', '2026-03-02T09:00:00Z');
    const future = {
      ...statements.answeredAssessmentItem(learnerStamp('dee', '2099-12-30T09:00:00Z'), 'v1', 3, 3),
      stored: '2026-03-03T10:00:00Z',
    };
    const log = [statements.answeredAssessmentItem(now, 'v1', 1, 1), future];
    expect(learnerStanding({ statements: log }, testCurriculum).history.map((h) => h.week)).toEqual(['2026-W10']);
  });

  it('reads region and path from the State document, or counts the learner as unknown region and no path', () => {
    expect(
      learnerStanding({ statements: [], journeyState: journeyDocument('emerging', 'value-path') }, testCurriculum),
    ).toMatchObject({ region: 'emerging', path: 'value-path' });
    expect(learnerStanding({ statements: [] }, testCurriculum)).toMatchObject({
      region: UNKNOWN_REGION,
      path: NO_PATH,
    });
    expect(
      learnerStanding({ statements: [], journeyState: journeyDocument('atlantis', 'gone') }, testCurriculum),
    ).toMatchObject({ region: UNKNOWN_REGION, path: NO_PATH });
  });

  it('marks each funnel step from the log and the State document', () => {
    const s = learnerStamp('dee', '2026-03-02T09:00:00Z');
    const assessedOnly = [statements.answeredAssessmentItem(s, 'm1', 2, 2)];
    expect(learnerStanding({ statements: assessedOnly }, testCurriculum).funnel).toEqual({
      assessed: true,
      planned: false,
      completedModule: false,
      completedJourney: false,
    });
    expect(
      learnerStanding({ statements: assessedOnly, journeyState: journeyDocument('global', null) }, testCurriculum)
        .funnel.planned,
    ).toBe(true);
    const finished = [
      ...assessedOnly,
      statements.completedModule(s, 'map-basics', 'Map basics'),
      statements.progressedJourney(s, 1, 1),
    ];
    expect(learnerStanding({ statements: finished }, testCurriculum).funnel).toEqual({
      assessed: true,
      planned: true,
      completedModule: true,
      completedJourney: true,
    });
  });

  it('counts a journey as completed only while the latest progress says so, and ignores voided statements', () => {
    const s = learnerStamp('eve', '2026-03-02T09:00:00Z');
    const done = statements.progressedJourney(s, 2, 2);
    const restarted = [done, statements.progressedJourney(s, 0, 3)];
    expect(learnerStanding({ statements: restarted }, testCurriculum).funnel.completedJourney).toBe(false);
    const completed = statements.completedModule(s, 'map-basics', 'Map basics');
    const voiding: LearningStatement = {
      ...statements.experiencedModule(s, 'x', 'x'),
      verb: VERBS.voided,
      object: { objectType: 'StatementRef', id: completed.id },
    };
    expect(learnerStanding({ statements: [completed, voiding] }, testCurriculum)).toMatchObject({
      levels: { mapping: 0 },
      funnel: { completedModule: false },
    });
  });

  it('keeps the latest weeks a weekly series can show, so 2,000 statements over 2,000 weeks cost little', () => {
    const log = Array.from({ length: 2000 }, (_, i) =>
      statements.answeredAssessmentItem(
        learnerStamp('fay', new Date(Date.UTC(1990, 0, 1) + i * 7 * 86_400_000).toISOString()),
        'v1',
        i % 4,
        i % 4,
      ),
    );
    const started = performance.now();
    const { history, levels } = learnerStanding({ statements: log }, testCurriculum);
    const elapsed = performance.now() - started;
    expect(history).toHaveLength(MAX_WEEKS + 1);
    expect(history.at(-1)).toEqual({ week: '2028-W17', levels });
    expect(elapsed).toBeLessThan(1000); // 5.8 s before the history was bounded
  });
});
