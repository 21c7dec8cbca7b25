import type { CoverageCell } from './analyseCoverage';
import type { CoverageReport } from './buildCoverageReport';
import { cellLabel } from './cellLabel';

const hours = (minutes: number) => (minutes / 60).toFixed(1);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Long competency names are cut in the matrix so it fits a terminal; lists below give them in full. */
const cut = (name: string, max = 40) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);

/** What a matrix cell shows in the terminal: the module count, and GAP / gap / thin as words, never colour alone. */
function cellText(cell: CoverageCell): string {
  if (cell.status === 'gap') return cell.targeted ? '0 GAP' : '0 gap';
  return cell.status === 'thin' ? '1 thin' : String(cell.modules.length);
}

/**
 * The coverage report as terminal text: the competency × level matrix with module counts and
 * gaps marked, the gaps (at or below target first, as they matter most), thin spots, the longest
 * ways in, local-note coverage, content health, and whether each threshold is met.
 */
export function formatCoverageReport(report: CoverageReport, thresholdsSource: string): string {
  const { analysis, regions, health, breaches, thresholds } = report;
  const label = (cell: CoverageCell) => cellLabel(analysis, cell);
  const out: string[] = [];
  const cells = analysis.competencies.flatMap((c) => c.cells);

  out.push(
    `Coverage: ${analysis.competencies.length} competencies × ${analysis.levels.length} levels, ${analysis.moduleCount} modules, ` +
      `${report.paths.length} paths, ${hours(analysis.minutes)} hours of learning.`,
    '',
  );

  const header = ['Competency', 'Target', ...analysis.levels.map((l) => `${l.level} ${l.name}`), 'Hours'];
  const rows = analysis.competencies.map((c) => [
    cut(c.name),
    c.target ? String(c.target) : '–',
    ...c.cells.map(cellText),
    hours(c.minutes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  out.push(line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line), '');
  out.push(
    'Numbers are the modules that develop each competency to that level.',
    'GAP: no module at or below the target level, so learners cannot reach what the engagement model expects.',
    'gap: no module above the target level (depth nobody is required to reach). thin: one module only, a single point of failure.',
    '',
  );

  const list = (title: string, items: string[]) => {
    out.push(`${title} (${items.length})${items.length ? ':' : ': none'}`, ...items.map((i) => `  - ${i}`), '');
  };
  const targetOf = (id: string) => analysis.competencies.find((c) => c.id === id)?.target || 'none';
  list(
    'Gaps at or below target, most severe',
    analysis.gapsAtOrBelowTarget.map((c) => `${label(c)} (target ${targetOf(c.competency)})`),
  );
  list(
    'Gaps above target',
    analysis.gapsAboveTarget.map((c) => `${label(c)} (target ${targetOf(c.competency)})`),
  );
  list(
    'Thin spots, one module only, at or below target first',
    [...analysis.thin]
      .sort((a, b) => Number(b.targeted) - Number(a.targeted))
      .map((c) => `${label(c)}: ${c.modules[0]}${c.targeted ? ' (at or below target)' : ''}`),
  );

  const longest = [...cells]
    .filter((c) => c.chain.length > 1)
    .sort((a, b) => b.chain.length - a.chain.length)
    .slice(0, 5);
  list(
    `Longest ways in (modules in a row to reach a level; limit ${thresholds.maxPrerequisiteChain})`,
    longest.map((c) => `${label(c)}: ${c.chain.length}, ${c.chain.join(' → ')}`),
  );

  out.push('Local notes per region:');
  for (const region of regions) {
    const missing = region.uncovered.map((id) => analysis.competencies.find((c) => c.id === id)?.name ?? id);
    out.push(
      `  - ${region.name}: ${plural(region.modules.length, 'module', 'modules')} with a local note; ` +
        (missing.length
          ? `none yet for ${missing.length} competencies: ${missing.join(', ')}`
          : 'every competency has one'),
    );
  }
  out.push('');

  out.push(
    `Content health (${plural(health.length, 'finding', 'findings')})${health.length ? ':' : ': nothing to fix'}`,
  );
  for (const f of health)
    out.push(
      `  ${f.kind}${thresholds.failOn.includes(f.kind) ? ' (fails)' : ''}  ${f.file}`,
      `    ${f.message}`,
      `    → ${f.hint}`,
    );
  out.push('');

  if (breaches.length === 0) {
    out.push(`All coverage thresholds are met (${thresholdsSource}).`);
  } else {
    out.push(
      `${plural(breaches.length, 'coverage threshold is', 'coverage thresholds are')} not met (${thresholdsSource}):`,
    );
    for (const b of breaches) out.push(`  ✗ ${b.threshold}: ${b.message}`, ...b.details.map((d) => `      - ${d}`));
  }
  return `${out.join('\n')}\n`;
}
