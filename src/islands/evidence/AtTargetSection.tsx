import { useCallback } from 'react';
import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import type { PlotModule } from '../EvidenceChart';
import { CHART_COLOUR, EVENT_COLOUR } from './chartColours';
import type { EvidenceFormat } from './EvidenceFormat';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

type Competency = EvidenceReport['adoption']['atTarget'][number];

/** A month (`YYYY-MM`) as a date Plot places on a time axis. */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** The share of learners at or above target, month by month, for one competency, with the programme events drawn on it. */
export function AtTargetSection({
  report,
  competency,
  format,
}: {
  report: EvidenceReport;
  competency: Competency | undefined;
  format: EvidenceFormat;
}) {
  const { t, percent } = format;
  const draw = useCallback(
    (plot: PlotModule, width: number) => {
      if (competency === undefined) return null;
      const points = competency.monthly.flatMap((m) =>
        m.share === null ? [] : [{ date: monthDate(m.month), share: m.share }],
      );
      const events = report.events.map((e) => ({ ...e, at: new Date(`${e.date}T00:00:00Z`) }));
      const first = monthDate(report.months[0]!).getTime();
      const last = monthDate(report.months.at(-1)!).getTime();
      return plot.plot({
        width,
        height: 260,
        marginTop: 24,
        x: { type: 'utc', domain: [new Date(first), new Date(last)], label: null },
        y: { domain: [0, 1], tickFormat: (d: number) => percent.format(d), label: null, grid: true },
        marks: [
          plot.ruleY([0]),
          plot.ruleX(events, { x: 'at', stroke: EVENT_COLOUR, strokeDasharray: '4 3' }),
          // A label reads away from the nearer edge, so it stays inside the chart on a phone.
          ...(['start', 'end'] as const).map((anchor) =>
            plot.text(
              events.filter((e) => e.at.getTime() > (first + last) / 2 === (anchor === 'end')),
              {
                x: 'at',
                text: 'label',
                frameAnchor: 'top',
                textAnchor: anchor,
                dx: anchor === 'start' ? 3 : -3,
                dy: -14,
                fill: EVENT_COLOUR,
                lineWidth: 12,
              },
            ),
          ),
          plot.lineY(points, { x: 'date', y: 'share', stroke: CHART_COLOUR, marker: 'circle' }),
        ],
      });
    },
    [report, competency, percent],
  );
  const now = competency?.monthly.findLast((m) => m.share !== null);
  const summary =
    now === undefined || competency === undefined
      ? t('evidenceView.atTarget.none')
      : t('evidenceView.atTarget.summary', {
          competency: competency.name,
          share: percent.format(now.share!),
          month: now.month,
          count: report.events.length,
        });
  return (
    <EvidenceSection chart="at-target" summary={summary} draw={draw} report={report} format={format} eventsDrawn>
      {(title) => (
        <ScrollingTable
          caption={`${title}: ${competency?.name ?? ''}`}
          columns={[
            t('evidenceView.month'),
            t('evidenceView.started'),
            t('evidenceView.atOrAbove'),
            t('evidenceView.share'),
          ]}
        >
          {competency?.monthly.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td className="num">{format.count(m.started)}</td>
              <td className="num">{format.count(m.atOrAbove)}</td>
              <td className="num">{format.share(m.share)}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </EvidenceSection>
  );
}
