import { useMemo } from 'react';
import { barChart } from './barChart';
import type { ChartSectionProps } from './ChartSectionProps';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

/** Enrolled learners by job function, and how many modules people of two or more functions completed. */
export function ReachSection({ report, series, format }: ChartSectionProps) {
  const { t } = format;
  const draw = useMemo(() => barChart(series.reach, t('evidenceView.learners')), [series, t]);
  const top = [...series.reach].sort((a, b) => b.learners - a.learners)[0];
  const summary =
    top === undefined
      ? t('evidenceView.reach.none', { shared: report.reach.sharedModules })
      : t('evidenceView.reach.summary', {
          count: series.reach.length,
          name: top.category,
          learners: top.learners,
          shared: report.reach.sharedModules,
        });
  return (
    <EvidenceSection chart="reach" summary={summary} draw={draw} report={report} format={format}>
      {(title) => (
        <ScrollingTable caption={title} columns={[t('evidenceView.function'), t('evidenceView.enrolled')]}>
          {report.reach.functions.map((f, i) => (
            <tr key={f.id}>
              <th scope="row">{f.name}</th>
              <td className="num">{format.count(report.reach.enrolled[i]!)}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </EvidenceSection>
  );
}
