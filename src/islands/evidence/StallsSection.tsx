import { useMemo } from 'react';
import { barChart } from './barChart';
import type { ChartSectionProps } from './ChartSectionProps';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

/** Where journeys stall: inactive learners by the last module they completed, as bars in journey order and as a table. */
export function StallsSection({ report, series, format }: ChartSectionProps) {
  const { t } = format;
  const draw = useMemo(() => barChart(series.stalls, format.t('evidenceView.learners')), [series, format]);
  const shown = report.adoption.stalls.filter((s) => s.learners.count !== null);
  const top = [...shown].sort((a, b) => (b.learners.count ?? 0) - (a.learners.count ?? 0))[0];
  const summary =
    top === undefined
      ? t('evidenceView.stalls.none')
      : t('evidenceView.stalls.summary', { name: top.name, learners: format.count(top.learners) });
  return (
    <EvidenceSection chart="stalls" summary={summary} draw={draw} report={report} format={format}>
      {(title) => (
        <ScrollingTable caption={title} columns={[t('evidenceView.lastModule'), t('evidenceView.learners')]}>
          {report.adoption.stalls.map((s) => (
            <tr key={s.id ?? ''}>
              <th scope="row">{s.name}</th>
              <td className="num">{format.count(s.learners)}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </EvidenceSection>
  );
}
