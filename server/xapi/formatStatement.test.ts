import { describe, expect, it } from 'vitest';
import { acceptedLanguages, formatStatement, pickLanguage } from './formatStatement.ts';
import type { StatementJson } from './xapiTypes.ts';

const statement: StatementJson = {
  actor: { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@x.com' },
  verb: { id: 'urn:verb', display: { 'en-US': 'did', 'fr-FR': 'a fait' } },
  object: { objectType: 'Activity', id: 'urn:act', definition: { name: { 'en-US': 'Act', 'fr-FR': 'Acte' } } },
  context: { contextActivities: { parent: [{ id: 'urn:parent', definition: { name: { 'en-US': 'P' } } }] } },
};

describe('formatStatement', () => {
  it('returns exact statements untouched', () => {
    expect(formatStatement(statement, { format: 'exact', languages: [], definitions: new Map() })).toBe(statement);
  });

  it('reduces agents, verbs and activities to identifiers for format=ids', () => {
    const ids = formatStatement(statement, { format: 'ids', languages: [], definitions: new Map() });
    expect(ids.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:ann@x.com' });
    expect(ids.verb).toEqual({ id: 'urn:verb' });
    expect(ids.object).toEqual({ id: 'urn:act' });
    expect((ids.context as { contextActivities: { parent: unknown[] } }).contextActivities.parent).toEqual([
      { id: 'urn:parent' },
    ]);
  });

  it('uses the canonical definition and one language per map for format=canonical', () => {
    const definitions = new Map([['urn:act', { name: { 'en-US': 'Canon', 'fr-FR': 'Canon FR' } }]]);
    const canonical = formatStatement(statement, { format: 'canonical', languages: ['fr'], definitions });
    expect(canonical.object).toMatchObject({ definition: { name: { 'fr-FR': 'Canon FR' } } });
    expect(canonical.verb.display).toEqual({ 'fr-FR': 'a fait' });
  });
});

describe('pickLanguage and acceptedLanguages', () => {
  it('follows Accept-Language quality order, then und, then the first entry', () => {
    expect(acceptedLanguages('fr;q=0.5, de-DE, en;q=0.8')).toEqual(['de-DE', 'en', 'fr']);
    expect(pickLanguage({ 'en-GB': 'colour', 'en-US': 'color' }, ['en-US'])).toEqual({ 'en-US': 'color' });
    expect(pickLanguage({ und: 'x', 'de-DE': 'y' }, ['fr'])).toEqual({ und: 'x' });
  });
});
