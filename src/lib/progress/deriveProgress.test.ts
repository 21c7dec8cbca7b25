import { describe, expect, it } from 'vitest';
import { competencyLevelsReached, deriveProgress, doneModules } from './deriveProgress';
import { mergeLogs, notYetStored } from './mergeLogs';
import { type LearningStatement, statements } from './statements';
import { testStamp } from './testStamp';
import { VERBS } from './xapiIds';

describe('deriveProgress', () => {
  const s = testStamp();
  const log = [
    statements.experiencedModule(s, 'intro', 'Intro'),
    statements.answeredCheck(s, 'intro', 'q1', false, [1]),
    statements.answeredCheck(s, 'intro', 'q1', true, [0]),
    statements.completedModule(s, 'intro', 'Intro'),
    statements.answeredCheck(s, 'deeper', 'q2', true, [2]),
    statements.testedOutModule(s, 'value', 'Value', true),
    statements.testedOutModule(s, 'planning', 'Planning', false),
    statements.answeredAssessmentItem(s, 'mapping-habit', 2, 3),
    statements.answeredAssessmentItem(s, 'mapping-habit', 0, 1),
  ];

  it('gives each module its status, passed checks and failed attempts', () => {
    const { modules } = deriveProgress(log);
    expect(modules.intro).toMatchObject({ status: 'completed', passedChecks: ['q1'], failedAttempts: 1 });
    expect(modules.deeper).toMatchObject({ status: 'in-progress', passedChecks: ['q2'] });
    expect(modules.value?.status).toBe('tested-out');
    expect(modules.planning?.status).toBe('in-progress');
    expect(doneModules(deriveProgress(log))).toEqual(['intro', 'value']);
  });

  it('keeps the latest self-assessment answer per item', () => {
    expect(deriveProgress(log).assessment['mapping-habit']).toMatchObject({ option: 0, level: 1 });
  });

  it('does not depend on the order of the log', () => {
    expect(deriveProgress([...log].reverse())).toEqual(deriveProgress(log));
  });

  it('ignores voided statements', () => {
    const voiding: LearningStatement = {
      ...statements.experiencedModule(s, 'x', 'x'),
      verb: VERBS.voided,
      object: { objectType: 'StatementRef', id: log[3]!.id },
    };
    expect(deriveProgress([...log, voiding]).modules.intro?.status).toBe('in-progress');
  });

  it('skips a malformed statement (no verb, no object, no timestamp) instead of failing', () => {
    const malformed = [
      { id: 'x1', timestamp: '2026-01-01T00:00:00Z', object: { id: 'urn:cohesion:module:intro' } },
      { id: 'x2', verb: { id: VERBS.completed.id } },
      { id: 'x3', verb: { id: VERBS.completed.id }, object: { id: 'urn:cohesion:module:value' } },
      null,
    ] as unknown as LearningStatement[];
    expect(deriveProgress([...log, ...malformed])).toEqual(deriveProgress(log));
  });

  it('derives competency levels from modules done', () => {
    const modules = [
      { id: 'intro', develops: [{ competency: 'mapping', level: 1 }] },
      {
        id: 'value',
        develops: [
          { competency: 'value', level: 2 },
          { competency: 'mapping', level: 2 },
        ],
      },
      { id: 'deeper', develops: [{ competency: 'mapping', level: 3 }] },
    ];
    expect(competencyLevelsReached(deriveProgress(log), modules)).toEqual({ mapping: 2, value: 2 });
  });
});

describe('mergeLogs', () => {
  const laptop = testStamp({ start: '2026-11-01T09:00:00Z', prefix: 'aaaaaaaa' });
  const phone = testStamp({ start: '2026-11-01T09:00:30Z', prefix: 'bbbbbbbb' });
  const shared = [
    statements.experiencedModule(laptop, 'intro', 'Intro'),
    statements.answeredCheck(laptop, 'intro', 'q1', true, [0]),
  ];
  const a = [...shared, statements.completedModule(laptop, 'intro', 'Intro')];
  const b = [
    ...shared,
    statements.testedOutModule(phone, 'value', 'Value', true),
    statements.answeredCheck(phone, 'deeper', 'q2', false, [1]),
  ];

  it('is the union of both logs by id, each statement once, in time order', () => {
    const merged = mergeLogs(a, b);
    expect(merged).toHaveLength(5);
    expect(new Set(merged.map((x) => x.id)).size).toBe(5);
    expect(merged.map((x) => x.timestamp)).toEqual([...merged.map((x) => x.timestamp)].sort());
  });

  it('is idempotent and commutative, so both devices derive the same progress', () => {
    const merged = mergeLogs(a, b);
    expect(mergeLogs(merged, a, b)).toEqual(merged);
    expect(mergeLogs(b, a)).toEqual(merged);
    expect(deriveProgress(mergeLogs(b, a))).toEqual(deriveProgress(merged));
    expect(doneModules(deriveProgress(merged))).toEqual(['intro', 'value']);
  });
});

describe('notYetStored', () => {
  const s = testStamp();
  const one = statements.experiencedModule(s, 'intro', 'Intro');
  const two = statements.completedModule(s, 'intro', 'Intro');

  it('keeps, in order, the first copy of each statement whose id is not stored yet', () => {
    const rewritten = { ...two, verb: statements.experiencedModule(s, 'x', 'X').verb };
    expect(notYetStored([one, two, rewritten, one], new Set())).toEqual([one, two]);
    expect(notYetStored([one, two], new Set([one.id]))).toEqual([two]);
  });

  it('keeps nothing when every statement is stored', () => {
    expect(notYetStored([one, two], new Set([one.id, two.id]))).toEqual([]);
  });
});
