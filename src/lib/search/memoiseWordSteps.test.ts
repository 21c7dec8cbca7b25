import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { memoiseWordSteps } from './memoiseWordSteps';
import { languageSteps, SEARCH_LANGUAGES } from './searchLanguage';

const terms = (pipeline: lunr.Pipeline, text: string) => pipeline.run(lunr.tokenizer(text)).map(String);

describe('memoiseWordSteps', () => {
  // Every module of the fixture curricula, front matter and all: prose, names, numbers, markup.
  const curricula = resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'curricula');
  const text = readdirSync(curricula)
    .flatMap((name) => {
      const dir = join(curricula, name, 'content', 'modules');
      return readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
    })
    .join(' ');

  it.each(SEARCH_LANGUAGES)(
    'gives the terms of the steps it memoises, in order, on every module of the fixture curricula (%s)',
    (language) => {
      const steps = languageSteps(language).index;
      const plain = new lunr.Pipeline();
      plain.add(...steps);
      const memoised = new lunr.Pipeline();
      memoised.add(memoiseWordSteps(steps));

      expect(terms(memoised, text)).toEqual(terms(plain, text));
    },
  );

  it('analyses each distinct word once, however often it occurs', () => {
    const seen: string[] = [];
    const counting: lunr.PipelineFunction = (token) => {
      seen.push(token.toString());
      return token.toString() === 'the' ? null : token.update((w) => w.toUpperCase());
    };
    const pipeline = new lunr.Pipeline();
    pipeline.add(memoiseWordSteps([counting]));

    expect(terms(pipeline, 'the plan the account plan the plan')).toEqual(['PLAN', 'ACCOUNT', 'PLAN', 'PLAN']);
    expect(seen).toEqual(['the', 'plan', 'account']);
  });
});
