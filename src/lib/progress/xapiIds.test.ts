import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_PATTERNS, activityId, JOURNEY_STATE } from './xapiIds';

const root = join(import.meta.dirname, '../../..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|tsx|astro|js)$/.test(f.name) && !/\.(test|spec)\.tsx?$/.test(f.name))
    .map((f) => relative(root, join(f.parentPath, f.name)));
// A quoted (or regex) IRI of a Cohesion activity, extension or State document, or of an ADL verb or activity type.
const IRI_LITERAL = /['"`/]\^?(urn:cohesion:|http:\/\/adlnet\.gov\/expapi\/(verbs|activities)\/)/;
const COMMENT = /^\s*(\*|\/\/|\/\*)/;

describe('xAPI ids', () => {
  it('are written in xapiIds.ts alone: every other source file of src/ and server/ imports them', () => {
    const copies = [...sources('src'), ...sources('server')]
      .filter((file) => file !== 'src/lib/progress/xapiIds.ts')
      .filter((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .some((line) => !COMMENT.test(line) && IRI_LITERAL.test(line)),
      );
    expect(copies).toEqual([]);
  });

  it('parse back the activity ids they make', () => {
    expect(ACTIVITY_PATTERNS.module.exec(activityId.module('intro'))?.[1]).toBe('intro');
    expect(ACTIVITY_PATTERNS.check.exec(activityId.check('intro', 'q1'))?.slice(1)).toEqual(['intro', 'q1']);
    expect(ACTIVITY_PATTERNS.assessmentItem.exec(activityId.assessmentItem('m-1'))?.[1]).toBe('m-1');
    expect(ACTIVITY_PATTERNS.module.test(activityId.check('intro', 'q1'))).toBe(false);
    expect(JOURNEY_STATE).toEqual({ activityId: 'urn:cohesion:journey', stateId: 'urn:cohesion:state:journey' });
  });
});
