import type { EvidenceChartSeries } from '../../lib/evidence/evidenceChartSeries';
import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import type { EvidenceFormat } from './EvidenceFormat';

/** What a chart section of the evidence page draws from: the report, its chart series and the page's formatters. */
export interface ChartSectionProps {
  report: EvidenceReport;
  series: EvidenceChartSeries;
  format: EvidenceFormat;
}
