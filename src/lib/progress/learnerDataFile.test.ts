import { describe, expect, it } from 'vitest';
import { parseLearnerDataFile } from './learnerDataFile';
import { statements } from './statements';
import { testStamp } from './testStamp';

const valid = () => ({
  format: 'cohesion-learner-data',
  version: 1,
  exportedAt: '2026-11-01T10:00:00.000Z',
  learnerId: 'abc',
  profile: { region: 'emerging', updatedAt: '2026-11-01T09:00:00.000Z' },
  reflections: [
    { key: 'intro/gaps', moduleId: 'intro', text: 'Meet procurement', updatedAt: '2026-11-01T09:30:00.000Z' },
  ],
  journey: null,
  events: [statements.experiencedModule(testStamp(), 'intro', 'Intro')],
});

describe('parseLearnerDataFile', () => {
  it('accepts a Cohesion export', () => {
    const result = parseLearnerDataFile(JSON.stringify(valid()));
    expect(result.ok && result.data.events).toHaveLength(1);
  });

  it('rejects text that is not JSON', () => {
    expect(parseLearnerDataFile('{"format":')).toEqual({
      ok: false,
      error: expect.stringMatching(/^This file is not valid JSON/),
    });
  });

  it('rejects a foreign file, such as a plain list of statements', () => {
    expect(parseLearnerDataFile(JSON.stringify(valid().events))).toEqual({
      ok: false,
      error: expect.stringContaining('not a Cohesion learner-data export'),
    });
  });

  it('rejects a format version it does not know', () => {
    expect(parseLearnerDataFile(JSON.stringify({ ...valid(), version: 2 }))).toEqual({
      ok: false,
      error: expect.stringContaining('format version 2'),
    });
  });

  it('rejects a damaged statement and says where', () => {
    const file = valid();
    file.events.push({ ...file.events[0]!, id: 'not-a-uuid' });
    expect(parseLearnerDataFile(JSON.stringify(file))).toEqual({
      ok: false,
      error: expect.stringContaining('events.1.id: a statement id must be a UUID'),
    });
  });
});
