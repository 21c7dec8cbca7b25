import { useCallback } from 'react';
import { latestShares } from '../../lib/evidence/evidenceChartSeries';
import type { PlotModule } from '../EvidenceChart';
import type { ChartSectionProps } from './ChartSectionProps';
import { CHART_COLOUR, EVENT_COLOUR } from './chartColours';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

/** Learners grouped by the month they started, with the share of each that completed a module by months since. */
export function CohortsSection({ report, series, format }: ChartSectionProps) {
  const { t, percent } = format;
  const marked = series.cohortEvents;
  const draw = useCallback(
    (plot: PlotModule, width: number) =>
      plot.plot({
        width,
        height: 260,
        marginRight: 64,
        // Whole months only: Plot's own ticks would fall between them.
        x: {
          label: t('evidenceView.monthsSince'),
          tickFormat: 'd',
          ticks: Array.from({ length: Math.max(0, ...series.cohorts.map((p) => Number(p.x))) + 1 }, (_, age) => age),
        },
        y: { domain: [0, 1], tickFormat: (d: number) => percent.format(d), label: null, grid: true },
        marks: [
          plot.ruleY([0]),
          plot.lineY(series.cohorts, { x: 'x', y: 'share', z: 'series', stroke: CHART_COLOUR, marker: 'circle' }),
          // Each event on each cohort's curve, at the month since that cohort started in which it fell; named once, on the oldest cohort's curve.
          plot.dot(marked, { x: 'x', y: 'share', symbol: 'diamond', r: 6, stroke: EVENT_COLOUR, strokeWidth: 2 }),
          plot.text(
            marked.filter((m, i) => marked.findIndex((o) => o.date === m.date && o.label === m.label) === i),
            { x: 'x', y: 'share', text: 'label', fill: EVENT_COLOUR, dy: -12, lineWidth: 10 },
          ),
          plot.text(
            series.cohorts,
            plot.selectLast({ x: 'x', y: 'share', z: 'series', text: 'series', textAnchor: 'start', dx: 6 }),
          ),
        ],
      }),
    [series, marked, percent, t],
  );
  const latest = latestShares(series.cohorts);
  const best = [...latest.values()].sort((a, b) => b.share - a.share)[0];
  const summary =
    best === undefined
      ? t('evidenceView.cohorts.none')
      : t('evidenceView.cohorts.summary', {
          count: latest.size,
          cohort: best.series,
          share: percent.format(best.share),
          age: best.x,
        });
  // Each event named with where it is marked on the cohorts' curves.
  const legend = (
    <p className="evidence-legend">
      {t('evidenceView.eventsOnCohorts')}{' '}
      {report.events.length === 0
        ? t('evidenceView.noEvents')
        : report.events
            .map((e) => {
              const on = series.cohortEvents.filter((m) => m.date === e.date && m.label === e.label);
              const where = on.map((m) => t('evidenceView.cohorts.eventAt', { cohort: m.series, age: m.x }));
              return `${e.date} ${e.label}${where.length === 0 ? '' : ` (${where.join(', ')})`}`;
            })
            .join(' · ')}
    </p>
  );
  /** A column per month of age: the share of each cohort with a module completed that many months after it began. */
  const ageHeadings = report.months.map((_, age) => `${t('evidenceView.monthsSince')} ${age}`);
  return (
    <EvidenceSection chart="cohorts" summary={summary} draw={draw} report={report} format={format} legend={legend}>
      {(title) => (
        <ScrollingTable
          caption={title}
          columns={[t('evidenceView.cohort'), t('evidenceView.learners'), ...ageHeadings]}
        >
          {report.cohorts.map((c) => (
            <tr key={c.month}>
              <th scope="row">{c.month}</th>
              <td className="num">{format.count(c.learners)}</td>
              {report.months.map((month, age) => (
                <td className="num" key={month}>
                  {age < c.curve.length ? format.share(c.curve[age]!.oneModule) : ''}
                </td>
              ))}
            </tr>
          ))}
        </ScrollingTable>
      )}
    </EvidenceSection>
  );
}
