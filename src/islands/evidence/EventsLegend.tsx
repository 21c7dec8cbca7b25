import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import type { EvidenceFormat } from './EvidenceFormat';

/**
 * The programme events of the report's months, named under a chart: on a time chart they are the
 * events it draws (`drawn`); a chart of counts as of the report's date has no time axis to draw
 * them on, and says so, so its figures can still be read against what happened.
 */
export function EventsLegend({
  report,
  format,
  drawn,
}: {
  report: EvidenceReport;
  format: EvidenceFormat;
  drawn: boolean;
}) {
  const { t } = format;
  return (
    <p className="evidence-legend">
      {t(drawn ? 'evidenceView.eventsOnChart' : 'evidenceView.eventsInMonths')}{' '}
      {report.events.length === 0
        ? t('evidenceView.noEvents')
        : report.events.map((e) => `${e.date} ${e.label}`).join(' · ')}
    </p>
  );
}
