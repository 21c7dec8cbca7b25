import { useCallback } from 'react';
import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import type { PlotModule } from '../EvidenceChart';
import { CHART_COLOUR } from './chartColours';
import type { EvidenceFormat } from './EvidenceFormat';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

type Growth = EvidenceReport['growth'][number];

/** One competency's levels before and after reassessment, as a distribution chart and a table. */
export function GrowthSection({
  report,
  growth,
  format,
}: {
  report: EvidenceReport;
  growth: Growth | undefined;
  format: EvidenceFormat;
}) {
  const { t } = format;
  const draw = useCallback(
    (plot: PlotModule, width: number) => {
      if (growth === undefined) return null;
      const rows = (['before', 'after'] as const).flatMap((when) =>
        growth[when].flatMap((c, level) =>
          c.count === null ? [] : [{ level: String(level), when: t(`evidenceView.${when}`), learners: c.count }],
        ),
      );
      if (rows.length === 0) return null;
      return plot.plot({
        width,
        height: 240,
        marginTop: 36,
        fx: { axis: 'top', label: t('evidenceView.level'), domain: report.levels.map((l) => String(l.level)) },
        x: { label: null, domain: [t('evidenceView.before'), t('evidenceView.after')] },
        y: { label: t('evidenceView.learners'), grid: true },
        color: { domain: [t('evidenceView.before'), t('evidenceView.after')], range: ['#adb5bd', CHART_COLOUR] },
        marks: [plot.barY(rows, { fx: 'level', x: 'when', y: 'learners', fill: 'when' }), plot.ruleY([0])],
      });
    },
    [report, growth, t],
  );
  const summary =
    growth === undefined || growth.paired.count === null
      ? t('evidenceView.growth.none', { competency: growth?.name ?? '' })
      : t('evidenceView.growth.summary', {
          competency: growth.name,
          paired: growth.paired.count,
          moved: format.share(growth.shareMovedUp),
          median: growth.medianGained === null ? t('evidenceView.hiddenShare') : growth.medianGained,
        });
  return (
    <EvidenceSection chart="growth" summary={summary} draw={draw} report={report} format={format}>
      {(title) => (
        <ScrollingTable
          caption={`${title}: ${growth?.name ?? ''}`}
          columns={[t('evidenceView.level'), t('evidenceView.before'), t('evidenceView.after')]}
        >
          {report.levels.map((l) => (
            <tr key={l.level}>
              <th scope="row">{`${l.level} ${l.name}`}</th>
              <td className="num">{growth ? format.count(growth.before[l.level]!) : ''}</td>
              <td className="num">{growth ? format.count(growth.after[l.level]!) : ''}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
    </EvidenceSection>
  );
}
