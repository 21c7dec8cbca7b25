import { describe, expect, it } from 'vitest';
import type { Message } from '../lib/i18n/formatMessage';
import { UI_LOCALES } from '../lib/site/uiLocales';
import { catalogues } from './catalogues';
import { en } from './en';

const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap(
        (text) => text!.match(/\{\w+\}/g) ?? [],
      ),
    ),
  ].sort();

describe('the UI catalogues', () => {
  it('exist for every locale a site may declare', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...UI_LOCALES].sort());
  });

  for (const locale of UI_LOCALES) {
    const { messages, intlLocale } = catalogues[locale];

    it(`${locale}: has every message of the English catalogue, and no other`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${locale}: fills the same placeholders as English in every message`, () => {
      const differing = Object.keys(en).filter(
        (id) =>
          JSON.stringify(placeholders(en[id as keyof typeof en])) !==
          JSON.stringify(placeholders(messages[id as keyof typeof en])),
      );
      expect(differing).toEqual([]);
    });

    it(`${locale}: gives a plural message the forms its language needs (${intlLocale})`, () => {
      const needed = new Intl.PluralRules(intlLocale).resolvedOptions().pluralCategories.filter((c) => c !== 'many');
      const missing = Object.entries(messages)
        .filter(([, message]) => typeof message !== 'string')
        .filter(([, message]) => needed.some((form) => !(form in (message as object))))
        .map(([id]) => id);
      expect(missing).toEqual([]);
    });
  }
});

describe('the French catalogue', () => {
  it('is written in French: no message is left in English, bar words both languages share', () => {
    const shared = new Set(
      [
        'Modules',
        'Module',
        'Menu',
        'Secret',
        '{Model}',
        '{Region}',
        '{Archetype}',
        '{page} · {site}',
        '{count} min',
        '{minutes} min',
        '{title} ({count})',
        { one: 'module', other: 'modules' },
        { one: '{count} module', other: '{count} modules' },
        { one: '{count} minute', other: '{count} minutes' },
      ].map((message) => JSON.stringify(message)),
    );
    const untranslated = Object.entries(catalogues.fr.messages)
      .filter(([id, message]) => JSON.stringify(message) === JSON.stringify(en[id as keyof typeof en]))
      .filter(([, message]) => !shared.has(JSON.stringify(message)))
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
  });

  it('uses French typography: a no-break space before a colon, never a plain one', () => {
    const plainSpaceColon = Object.entries(catalogues.fr.messages)
      .filter(([, message]) => JSON.stringify(message).includes(' :'))
      .map(([id]) => id);
    expect(plainSpaceColon).toEqual([]);
  });
});
