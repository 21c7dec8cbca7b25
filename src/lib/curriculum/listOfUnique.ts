import { z } from 'zod';

/**
 * A list of `item`s in which the field `key` names each entry once: a repeat is refused at its own
 * place (`[i, key]`) with `twice(value)` as the message.
 */
export function listOfUnique<Item extends z.ZodType<Record<K, unknown>>, K extends string>(
  item: Item,
  key: K,
  twice: (value: string) => string,
) {
  return z.array(item).superRefine((entries, ctx) => {
    const seen = new Set<unknown>();
    entries.forEach((entry, i) => {
      const value = (entry as Record<K, unknown>)[key];
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [i, key], message: twice(String(value)) });
      seen.add(value);
    });
  });
}
