/** The `<option>`s of a choice of proficiency level, in the scale's order, each valued by its level and read "2 Practitioner". */
export function LevelOptions({ levels }: { levels: ReadonlyArray<{ level: number; name: string }> }) {
  return levels.map((l) => (
    <option key={l.level} value={l.level}>
      {l.level} {l.name}
    </option>
  ));
}
