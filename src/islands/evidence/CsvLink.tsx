import type { EvidenceChart } from '../../lib/evidence/evidenceCsv';
import type { EvidenceFormat } from './EvidenceFormat';

/** The download link of one chart's CSV, named for the chart. */
export function CsvLink({ format, chart, title }: { format: EvidenceFormat; chart: EvidenceChart; title: string }) {
  return (
    <p className="evidence-csv">
      <a href={format.csvHref(chart)} download>
        {format.t('evidenceView.csv', { chart: title })}
      </a>
    </p>
  );
}
