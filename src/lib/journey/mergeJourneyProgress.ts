/**
 * A journey's completed and tested-out modules with `progress` (from the event log) added: only
 * modules the curriculum has (`known`), each once, and a module `progress` completes is not added as tested out.
 */
export function mergeJourneyProgress(
  journey: { completed: readonly string[]; testedOut: readonly string[] },
  progress: { completed: readonly string[]; testedOut: readonly string[] },
  known: ReadonlySet<string>,
): { completed: string[]; testedOut: string[] } {
  const add = (mine: readonly string[], theirs: readonly string[]) => [
    ...new Set([...mine, ...theirs.filter((id) => known.has(id))]),
  ];
  return {
    completed: add(journey.completed, progress.completed),
    testedOut: add(
      journey.testedOut,
      progress.testedOut.filter((id) => !progress.completed.includes(id)),
    ),
  };
}
