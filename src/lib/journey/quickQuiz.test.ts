import { describe, expect, it } from 'vitest';
import { statements } from '../progress/statements';
import { testStamp } from '../progress/testStamp';
import {
  parseQuickQuiz,
  type QuickQuizStanding,
  quickQuizHref,
  quickQuizMinutes,
  quickQuizNext,
  quickQuizStanding,
  quickQuizSummary,
} from './quickQuiz';

const standings = (map: Record<string, QuickQuizStanding>) => (id: string) => map[id] ?? 'open';

describe('quickQuizHref and parseQuickQuiz', () => {
  const known = new Set(['a', 'b', 'c']);

  it('carries the queue from one test-out page to the next', () => {
    const href = quickQuizHref(['a', 'b', 'c'], 'b');
    expect(href).toBe('/modules/b/?test-out&quiz=a%2Cb%2Cc');
    expect(parseQuickQuiz(href.split('?')[1]!, 'b', known)).toEqual(['a', 'b', 'c']);
  });

  it('drops unknown and repeated ids', () => {
    expect(parseQuickQuiz('?quiz=a,gone,a,c', 'a', known)).toEqual(['a', 'c']);
  });

  it('gives no queue when the page is not part of it, or there is none', () => {
    expect(parseQuickQuiz('?quiz=a,c', 'b', known)).toEqual([]);
    expect(parseQuickQuiz('', 'b', known)).toEqual([]);
  });
});

describe('quickQuizMinutes', () => {
  it('counts a minute per knowledge check, at least one per module', () => {
    expect(quickQuizMinutes([{ checks: ['q1', 'q2', 'q3'] }, { checks: [] }])).toBe(4);
  });
});

describe('quickQuizNext', () => {
  it('goes on to the next module of the queue', () => {
    expect(quickQuizNext(['a', 'b', 'c'], 'a', standings({}))).toEqual({ next: 'b', skipped: [] });
  });

  it('skips, and names, the modules whose retry still waits', () => {
    expect(quickQuizNext(['a', 'b', 'c', 'd'], 'a', standings({ b: 'waiting', c: 'waiting' }))).toEqual({
      next: 'd',
      skipped: ['b', 'c'],
    });
  });

  it('passes over modules already tested out without a note', () => {
    expect(quickQuizNext(['a', 'b', 'c'], 'a', standings({ b: 'testedOut' }))).toEqual({ next: 'c', skipped: [] });
  });

  it('ends after the last module, noting a waiting one at the end', () => {
    expect(quickQuizNext(['a', 'b', 'c'], 'c', standings({}))).toEqual({ next: null, skipped: [] });
    expect(quickQuizNext(['a', 'b'], 'a', standings({ b: 'waiting' }))).toEqual({ next: null, skipped: ['b'] });
  });
});

describe('quickQuizSummary', () => {
  it('counts what was tested out; the rest stays in the journey', () => {
    const summary = quickQuizSummary(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      standings({
        a: 'testedOut',
        b: 'testedOut',
        c: 'waiting',
        d: 'testedOut',
        e: 'testedOut',
        f: 'testedOut',
        g: 'waiting',
        h: 'waiting',
      }),
    );
    expect(summary).toEqual({ testedOut: ['a', 'b', 'd', 'e', 'f'], remaining: ['c', 'g', 'h'] });
  });
});

describe('quickQuizStanding', () => {
  it('reads tested out from what is done, and a waiting retry from the log', () => {
    const s = testStamp({ start: '2026-11-01T09:00:00Z' });
    const standing = quickQuizStanding(
      [statements.testedOutModule(s, 'b', 'B', false)],
      ['a'],
      new Date('2026-11-01T10:00:00Z'),
    );
    expect(['a', 'b', 'c'].map(standing)).toEqual(['testedOut', 'waiting', 'open']);
  });
});
