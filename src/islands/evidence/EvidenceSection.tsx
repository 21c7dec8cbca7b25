import type { ReactNode } from 'react';
import type { EvidenceChart as Chart } from '../../lib/evidence/evidenceCsv';
import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import { type DrawChart, EvidenceChart } from '../EvidenceChart';
import { CsvLink } from './CsvLink';
import { EventsLegend } from './EventsLegend';
import type { EvidenceFormat } from './EvidenceFormat';
import type { EvidenceMessage } from './evidenceViewMessages';

/** Each chart's title: its section's heading, its figure's name and its CSV link's. */
const TITLES: Record<Chart, EvidenceMessage> = {
  growth: 'evidenceView.growth.title',
  reach: 'evidenceView.reach.title',
  adoption: 'evidenceView.adoption.title',
  'at-target': 'evidenceView.atTarget.title',
  stalls: 'evidenceView.stalls.title',
  cohorts: 'evidenceView.cohorts.title',
};

/**
 * One chart's section of the evidence page: its title as heading (`#ev-<chart>`), the chart (`draw`) with its
 * text summary, a `note` and the programme events under it (named, or drawn on it with
 * `eventsDrawn`; `legend` replaces that line), then the section's tables (`children`, given the title: their caption, so
 * a table is named as its chart is) and its CSV's link.
 */
export function EvidenceSection({
  chart,
  summary,
  draw,
  report,
  format,
  note,
  eventsDrawn = false,
  legend,
  children,
}: {
  chart: Chart;
  summary: string;
  draw: DrawChart;
  report: EvidenceReport;
  format: EvidenceFormat;
  note?: ReactNode;
  eventsDrawn?: boolean;
  legend?: ReactNode;
  children: (title: string) => ReactNode;
}) {
  const title = format.t(TITLES[chart]);
  return (
    <section aria-labelledby={`ev-${chart}`}>
      <h3 id={`ev-${chart}`}>{title}</h3>
      <EvidenceChart title={title} summary={summary} draw={draw}>
        {note}
        {legend ?? <EventsLegend report={report} format={format} drawn={eventsDrawn} />}
      </EvidenceChart>
      {children(title)}
      <CsvLink format={format} chart={chart} title={title} />
    </section>
  );
}
