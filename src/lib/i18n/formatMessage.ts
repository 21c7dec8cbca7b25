/** A message with plural forms, chosen by its `count` parameter through `Intl.PluralRules`. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One entry of a message catalogue: text with `{name}` placeholders, or its plural forms. */
export type Message = string | PluralMessage;

/** Values for a message's placeholders; numbers are written in the locale's way. */
export type MessageParams = Record<string, string | number>;

/**
 * A message as the learner reads it in `locale`: the plural form for `params.count` (CLDR rules),
 * every `{name}` replaced, numbers through `Intl.NumberFormat`. A placeholder without a value is
 * left as written, so a missing parameter shows in review instead of vanishing.
 */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  const { plural, number } = formattersFor(locale);
  const text =
    typeof message === 'string' ? message : (message[plural.select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? number.format(value) : value;
  });
}

// Building Intl formatters is costly and a build formats millions of messages: one pair per locale.
const formatters = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

function formattersFor(locale: string): { plural: Intl.PluralRules; number: Intl.NumberFormat } {
  let found = formatters.get(locale);
  if (!found) {
    found = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    formatters.set(locale, found);
  }
  return found;
}
