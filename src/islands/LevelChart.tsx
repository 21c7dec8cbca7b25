import type { CompetencyEstimate } from '../lib/assessment/scoreAssessment';

interface Props {
  estimates: CompetencyEstimate[];
  targets: Record<string, number>;
  names: Record<string, string>;
  scale: Array<{ level: number; name: string }>;
}

const confidenceText = { high: 'high', medium: 'medium', low: 'low (many items skipped)', none: 'not assessed' } as const;

/**
 * Current level against target per competency: an SVG chart for sighted readers and the same
 * numbers as a table for everyone (the chart is summarised for screen readers, the table is read).
 */
export default function LevelChart({ estimates: unsorted, targets, names, scale }: Props) {
  const estimates = [...unsorted].sort((a, b) => (names[a.competency] ?? a.competency).localeCompare(names[b.competency] ?? b.competency));
  const top = Math.max(...scale.map((l) => l.level), 1);
  // Each row: the competency's name on one line, its bar below (names are too long to sit beside bars).
  const rowHeight = 46;
  const labelWidth = 8;
  const barWidth = 560;
  const x = (level: number) => labelWidth + (level / top) * barWidth;
  const height = estimates.length * rowHeight + 30;
  const gaps = estimates.filter((e) => e.level < (targets[e.competency] ?? 0)).length;
  return (
    <figure className="level-chart">
      <svg viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`} role="img" aria-labelledby="chart-title chart-desc" width="100%">
        <title id="chart-title">Your current level against the target, per competency</title>
        <desc id="chart-desc">{`${gaps} of ${estimates.length} competencies are below target. The table below gives every number.`}</desc>
        {scale.map((l) => (
          <g key={l.level}>
            <line x1={x(l.level)} x2={x(l.level)} y1={0} y2={height - 24} stroke="#d5dbe3" />
            <text x={x(l.level)} y={height - 8} textAnchor="end" fontSize="12" fill="#4a5566">{`${l.level} ${l.name}`}</text>
          </g>
        ))}
        {estimates.map((e, i) => {
          const y = i * rowHeight + 22;
          const target = targets[e.competency] ?? 0;
          return (
            <g key={e.competency}>
              <text x={labelWidth} y={y - 5} fontSize="13" fill="#1d2430">{names[e.competency] ?? e.competency}</text>
              <rect x={labelWidth} y={y} width={Math.max(2, x(e.level) - labelWidth)} height={18} rx={3} fill={e.confidence === 'none' ? '#c9d2dc' : '#0b5c8a'} opacity={e.confidence === 'low' ? 0.6 : 1} />
              {target > 0 && <path d={`M ${x(target)} ${y - 3} l 6 0 l -6 0 l 0 24`} stroke="#8a3b0b" strokeWidth={3} fill="none" />}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">Bars: your estimated level. Orange marks: the target level.</figcaption>
      <table>
        <caption>Your levels in numbers</caption>
        <thead>
          <tr><th scope="col">Competency</th><th scope="col">Your level</th><th scope="col">Target</th><th scope="col">Confidence</th></tr>
        </thead>
        <tbody>
          {estimates.map((e) => (
            <tr key={e.competency}>
              <th scope="row">{names[e.competency] ?? e.competency}</th>
              <td>{e.level} {scale.find((l) => l.level === e.level)?.name ?? 'Not yet'}</td>
              <td>{targets[e.competency] ?? '—'}</td>
              <td>{confidenceText[e.confidence]} ({e.answered} of {e.total} answered)</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
