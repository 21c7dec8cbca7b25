import type { Named } from './resolveNames.ts';

/** A choice with its names in other languages (`content/functions.yaml` carries them inline). */
export type TranslatedChoice = Named & { translations?: Partial<Record<string, string>> };

/** The lists `resolveNames` reads for these choices: their own names, then their names in every other language. */
export function namesInEveryLanguage(choices: readonly TranslatedChoice[]): Array<readonly Named[]> {
  const translated = choices.flatMap((c) =>
    Object.values(c.translations ?? {}).flatMap((name) => (name === undefined ? [] : [{ id: c.id, name }])),
  );
  return [choices, translated];
}
