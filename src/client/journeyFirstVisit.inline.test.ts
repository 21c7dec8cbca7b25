import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../db/databaseName';
import { JOURNAL_PREFIX } from './writeAheadJournal';

// The inline script runs before any module loads, so it spells out two names the modules define once:
// renaming either without it would show a returning learner the first-visit call.
const script = readFileSync(new URL('./journeyFirstVisit.inline.js', import.meta.url), 'utf8');

describe('the journey page’s inline first-visit script', () => {
  it('looks for the write-ahead journal under its own key prefix', () => {
    expect(script).toContain(`startsWith('${JOURNAL_PREFIX}')`);
  });

  it('looks for Cohesion’s database by its own name', () => {
    expect(script).toContain(`d.name === '${DATABASE_NAME}'`);
  });
});
