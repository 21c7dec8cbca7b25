import type { EvidenceChart } from '../../lib/evidence/evidenceCsv';
import type { Translate } from '../../lib/i18n/createTranslator';
import type { LearnerCount } from '../../lib/workforce/workforceReportSchema';
import type { EvidenceMessage } from './evidenceViewMessages';

/** How every section of the evidence page writes its words, counts, shares and CSV links. */
export interface EvidenceFormat {
  t: Translate<EvidenceMessage>;
  percent: Intl.NumberFormat;
  number: Intl.NumberFormat;
  /** A moment (a change's time) in the page's language. */
  when: Intl.DateTimeFormat;
  /** A count, or why it is hidden ("fewer than 5", "hidden"), never 0. */
  count(count: LearnerCount): string;
  /** A share as a percentage, or "hidden". */
  share(share: number | null): string;
  /** The address of a chart's CSV for the filters shown. */
  csvHref(chart: EvidenceChart): string;
}
