import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import { HeadedTable } from '../HeadedTable';
import type { EvidenceFormat } from './EvidenceFormat';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

/** Where journeys stall: inactive learners by the last module they completed. */
export function StallsSection({ report, format }: { report: EvidenceReport; format: EvidenceFormat }) {
  const { t } = format;
  const shown = report.adoption.stalls.filter((s) => s.learners.count !== null);
  const top = [...shown].sort((a, b) => (b.learners.count ?? 0) - (a.learners.count ?? 0))[0];
  const summary =
    top === undefined
      ? t('evidenceView.stalls.none')
      : t('evidenceView.stalls.summary', { name: top.name, learners: format.count(top.learners) });
  return (
    <EvidenceSection chart="stalls" title={t('evidenceView.stalls.title')} format={format}>
      <p>{summary}</p>
      <ScrollingTable>
        <HeadedTable
          caption={t('evidenceView.stalls.title')}
          columns={[t('evidenceView.lastModule'), t('evidenceView.learners')]}
        >
          {report.adoption.stalls.map((s) => (
            <tr key={s.id ?? ''}>
              <th scope="row">{s.name}</th>
              <td className="num">{format.count(s.learners)}</td>
            </tr>
          ))}
        </HeadedTable>
      </ScrollingTable>
    </EvidenceSection>
  );
}
