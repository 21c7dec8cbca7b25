import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from './createTranslator';
import { formatMessage } from './formatMessage';

describe('formatMessage', () => {
  it('fills each placeholder and writes numbers the locale’s way', () => {
    expect(formatMessage('en-GB', '{count} of {total} done', { count: 1200, total: 4000 })).toBe('1,200 of 4,000 done');
    expect(formatMessage('de-DE', '{count} von {total}', { count: 1200, total: 4000 })).toBe('1.200 von 4.000');
  });

  it('chooses the plural form for the count by the locale’s rules', () => {
    const modules = { one: '{count} module', other: '{count} modules' };

    expect(formatMessage('en-GB', modules, { count: 1 })).toBe('1 module');
    expect(formatMessage('en-GB', modules, { count: 0 })).toBe('0 modules');
    // French counts 0 as singular.
    expect(formatMessage('fr-FR', { one: '{count} module', other: '{count} modules' }, { count: 0 })).toBe('0 module');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('en-GB', 'Hello {name}')).toBe('Hello {name}');
  });

  describe('over a whole build', () => {
    afterEach(() => vi.restoreAllMocks());

    it('builds the locale’s number and plural rules once, not once per message (a build formats millions)', () => {
      const numberFormats = vi.spyOn(Intl, 'NumberFormat');
      const pluralRules = vi.spyOn(Intl, 'PluralRules');
      const modules = { one: '{count} module', other: '{count} modules' };

      for (let count = 0; count < 1000; count++) formatMessage('en-IE', modules, { count });

      expect(formatMessage('en-IE', modules, { count: 1200 })).toBe('1,200 modules');
      expect(numberFormats.mock.calls.length).toBeLessThanOrEqual(1);
      expect(pluralRules.mock.calls.length).toBeLessThanOrEqual(1);
    });
  });
});

describe('createTranslator', () => {
  it('fills in the site’s words wherever a message names them', () => {
    const t = createTranslator('en-GB', { 'model.read': 'Read the {model}' }, { model: 'service standard' });

    expect(t('model.read')).toBe('Read the service standard');
  });
});
