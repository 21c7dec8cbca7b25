import type { ReactNode } from 'react';
import type { EvidenceChart } from '../../lib/evidence/evidenceCsv';
import { CsvLink } from './CsvLink';
import type { EvidenceFormat } from './EvidenceFormat';

/** The frame of one chart's section of the evidence page: its heading (`#ev-<chart>`), the content, and its CSV's link. */
export function EvidenceSection({
  chart,
  title,
  format,
  children,
}: {
  chart: EvidenceChart;
  title: string;
  format: EvidenceFormat;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`ev-${chart}`}>
      <h3 id={`ev-${chart}`}>{title}</h3>
      {children}
      <CsvLink format={format} chart={chart} title={title} />
    </section>
  );
}
