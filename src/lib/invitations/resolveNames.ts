/** A choice an invitation may name (a region, a job function): by its id, or its name in some language. */
export interface Named {
  id: string;
  name: string;
}

/** How an id or a name is compared: without case or surrounding spaces (accents count). */
const key = (text: string) => text.trim().toLocaleLowerCase('und');

/**
 * The invitees with `field` given by id or by name (any case; names from any of `lists`, e.g. the
 * page's language and the source's) replaced by its id, a blank one left blank, and the position
 * and text of every value that matches none: an invitation records only a region or a function the
 * curriculum declares.
 */
export function resolveNames<K extends string, T extends Record<K, string>>(
  invitees: readonly T[],
  field: K,
  lists: ReadonlyArray<readonly Named[]>,
): { invitees: T[]; unknown: Array<{ index: number; value: string }> } {
  const ids = new Map<string, string>();
  for (const list of lists) for (const n of list) ids.set(key(n.name), n.id);
  // Ids win over a name spelt like another choice's id.
  for (const list of lists) for (const n of list) ids.set(key(n.id), n.id);
  const unknown: Array<{ index: number; value: string }> = [];
  const resolved = invitees.map((invitee, index) => {
    const value = invitee[field];
    if (value.trim() === '') return { ...invitee, [field]: '' };
    const id = ids.get(key(value));
    if (id === undefined) unknown.push({ index, value });
    return { ...invitee, [field]: id ?? value };
  });
  return { invitees: resolved, unknown };
}
