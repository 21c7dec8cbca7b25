import type { WorkforceReport } from './workforceReportSchema';

/** The words of the page's locale for what a workforce report names by id: competencies, levels (0 included), regions, paths. */
export interface WorkforceNames {
  competencies: Record<string, string>;
  levels: Record<number, string>;
  regions: Record<string, string>;
  paths: Record<string, string>;
}

/**
 * The report as a page in another locale shows it: every competency, level, region and path the
 * server named (in the curriculum's source language) renamed from `names`, by id; a name `names`
 * lacks stays the server's. Counts, ids and suppression are untouched.
 */
export function nameReport(report: WorkforceReport, names: WorkforceNames): WorkforceReport {
  const competency = <C extends { id: string; name: string }>(c: C): C => ({
    ...c,
    name: names.competencies[c.id] ?? c.name,
  });
  const option = (kind: 'regions' | 'paths') => (o: WorkforceReport['options']['regions'][number]) => ({
    ...o,
    name: names[kind][o.id] ?? o.name,
  });
  return {
    ...report,
    levels: report.levels.map((l) => ({ ...l, name: names.levels[l.level] ?? l.name })),
    competencies: report.competencies.map(competency),
    options: {
      regions: report.options.regions.map(option('regions')),
      paths: report.options.paths.map(option('paths')),
    },
    coarse: { ...report.coarse, competencies: report.coarse.competencies.map(competency) },
  };
}
