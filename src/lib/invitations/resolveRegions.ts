/** A region as an invitation may name it: its id, or its name in some language. */
export interface NamedRegion {
  id: string;
  name: string;
}

/** How a region's id or name is compared: without case or surrounding spaces (accents count). */
const key = (text: string) => text.trim().toLocaleLowerCase('und');

/**
 * The invitees with each region given by id or by name (any case; names from any of `regionLists`,
 * e.g. the page's language and the source's) replaced by its id, a blank region left blank, and
 * the position and text of every region that matches none: an invitation records only a region
 * the curriculum declares.
 */
export function resolveRegions<T extends { region: string }>(
  invitees: readonly T[],
  regionLists: ReadonlyArray<readonly NamedRegion[]>,
): { invitees: T[]; unknown: Array<{ index: number; region: string }> } {
  const ids = new Map<string, string>();
  for (const list of regionLists) for (const r of list) ids.set(key(r.name), r.id);
  // Ids win over a name spelt like another region's id.
  for (const list of regionLists) for (const r of list) ids.set(key(r.id), r.id);
  const unknown: Array<{ index: number; region: string }> = [];
  const resolved = invitees.map((invitee, index) => {
    if (invitee.region.trim() === '') return { ...invitee, region: '' };
    const id = ids.get(key(invitee.region));
    if (id === undefined) unknown.push({ index, region: invitee.region });
    return { ...invitee, region: id ?? invitee.region };
  });
  return { invitees: resolved, unknown };
}
