/**
 * Finds cycles in a prerequisite graph (module id → ids it requires). Each cycle is returned once,
 * as the ids along it with the first repeated at the end: ['a', 'b', 'a'].
 * Unknown ids are ignored here; they are reported as broken references elsewhere.
 */
export function findPrerequisiteCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of graph.get(id) ?? []) {
      if (!graph.has(next)) continue;
      const mark = state.get(next);
      if (mark === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (mark === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };

  for (const id of [...graph.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
