import { useEffect, useState } from 'react';
import { readSession } from '../client/accountApi';
import { hasCohesionServer } from '../client/hasCohesionServer';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { type ItemReport, itemReportSchema } from '../lib/itemAnalysis/itemReportSchema';
import type { ItemResult } from '../lib/itemAnalysis/itemResultSchema';
import { SignInNotice } from './SignInNotice';
import { useTranslator } from './useTranslator';

/** The messages ItemAnalysisView shows; the content-health page passes exactly these. */
export const itemAnalysisViewMessages = [
  'itemAnalysis.probing',
  'itemAnalysis.noServer',
  'itemAnalysis.signedOut',
  'itemAnalysis.signInLink',
  'itemAnalysis.loading',
  'itemAnalysis.loadFailed',
  'itemAnalysis.summary',
  'itemAnalysis.noneFlagged',
  'itemAnalysis.check',
  'itemAnalysis.figures',
  'itemAnalysis.discrimination',
  'itemAnalysis.noDiscrimination',
  'itemAnalysis.options',
  'itemAnalysis.right',
  'itemAnalysis.wrong',
  'itemAnalysis.option',
  'itemAnalysis.why',
  'itemAnalysis.flag.too-easy',
  'itemAnalysis.flag.too-hard',
  'itemAnalysis.flag.negative-discrimination',
  'itemAnalysis.flag.distractor-beats-answer',
  'health.file',
  'health.openModule',
] as const;
type MessageId = (typeof itemAnalysisViewMessages)[number];

type Phase =
  | { kind: 'probing' }
  | { kind: 'no-server' }
  | { kind: 'signed-out' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'shown'; report: ItemReport };

/** The flagged questions of the signed-in lead's server: the server's message when it refuses. */
async function fetchItems(): Promise<
  { ok: true; report: ItemReport } | { ok: false; status: number; message: string }
> {
  // The session cookie (signed in on the account page) speaks for the lead.
  const response = await fetch('/api/items', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    return {
      ok: false,
      status: response.status,
      message: (body as { message?: string } | undefined)?.message ?? String(response.status),
    };
  return { ok: true, report: itemReportSchema.parse(body) };
}

/** One flagged question: the file to fix, the figures, the options chosen and why it is flagged. */
function FlaggedItem({
  item,
  report,
  t,
  locale,
  base,
}: {
  item: ItemResult;
  report: ItemReport;
  t: Translate<MessageId>;
  locale: string;
  base: string;
}) {
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
  const decimal = (value: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  const { tooEasy, tooHard, minDiscrimination } = report.settings;
  const why = (flag: ItemResult['flags'][number]) =>
    flag.kind === 'too-easy'
      ? t('itemAnalysis.flag.too-easy', { limit: percent(tooEasy) })
      : flag.kind === 'too-hard'
        ? t('itemAnalysis.flag.too-hard', { limit: percent(tooHard) })
        : flag.kind === 'negative-discrimination'
          ? t('itemAnalysis.flag.negative-discrimination', { limit: decimal(minDiscrimination) })
          : t('itemAnalysis.flag.distractor-beats-answer', { number: (flag.option ?? 0) + 1 });
  return (
    <li>
      <p>
        <strong>{item.question}</strong>
      </p>
      <p>
        {t('health.file')} <code>{item.file}</code> · {t('itemAnalysis.check')} <code>{item.check}</code> ·{' '}
        <a href={`${base}modules/${item.module}/`}>{t('health.openModule')}</a>
      </p>
      <p>
        {t('itemAnalysis.figures', { count: item.responses, right: percent(item.difficulty ?? 0) })} ·{' '}
        {item.discrimination === null
          ? t('itemAnalysis.noDiscrimination')
          : t('itemAnalysis.discrimination', { value: decimal(item.discrimination) })}
      </p>
      {item.options.length > 0 && (
        <>
          <p className="muted">{t('itemAnalysis.options')}</p>
          <ol>
            {item.options.map((o) => (
              <li key={o.index}>
                {t('itemAnalysis.option', {
                  text: o.text,
                  kind: t(o.correct ? 'itemAnalysis.right' : 'itemAnalysis.wrong'),
                  share: percent(o.share),
                })}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="muted">{t('itemAnalysis.why')}</p>
      <ul>
        {item.flags.map((flag) => (
          <li key={`${flag.kind}-${flag.option ?? ''}`}>{why(flag)}</li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The content-health page's item analysis: for a COE lead or admin signed in to Cohesion's server,
 * the flagged knowledge checks with the module file to fix, their figures and why each is flagged;
 * otherwise how to see it.
 */
export default function ItemAnalysisView({ i18n }: { i18n: IslandMessages<MessageId> }) {
  const t = useTranslator(i18n);
  const [phase, setPhase] = useState<Phase>({ kind: 'probing' });

  useEffect(() => {
    let current = true;
    void (async () => {
      if (!(await hasCohesionServer())) return current && setPhase({ kind: 'no-server' });
      const session = await readSession().catch(() => null);
      if (!session?.user) return current && setPhase({ kind: 'signed-out' });
      setPhase({ kind: 'loading' });
      const result = await fetchItems();
      if (!current) return;
      if (result.ok) setPhase({ kind: 'shown', report: result.report });
      else if (result.status === 401 || result.status === 403) setPhase({ kind: 'signed-out' });
      else setPhase({ kind: 'failed', message: result.message });
    })();
    return () => {
      current = false;
    };
  }, []);

  if (phase.kind === 'probing') return <p role="status">{t('itemAnalysis.probing')}</p>;
  if (phase.kind === 'no-server') return <p role="status">{t('itemAnalysis.noServer')}</p>;
  if (phase.kind === 'signed-out')
    return <SignInNotice text={t('itemAnalysis.signedOut')} link={t('itemAnalysis.signInLink')} base={i18n.base} />;
  if (phase.kind === 'loading') return <p role="status">{t('itemAnalysis.loading')}</p>;
  if (phase.kind === 'failed') return <p role="alert">{t('itemAnalysis.loadFailed', { message: phase.message })}</p>;

  const { report } = phase;
  return (
    <div className="item-analysis">
      <p role="status">
        {t('itemAnalysis.summary', {
          count: report.questions,
          analysed: report.analysed,
          minimum: report.settings.minResponses,
          flagged: report.flagged,
        })}
      </p>
      {report.items.length === 0 ? (
        <p>{t('itemAnalysis.noneFlagged')}</p>
      ) : (
        <ul className="findings">
          {report.items.map((item) => (
            <FlaggedItem
              key={`${item.module}/${item.check}`}
              item={item}
              report={report}
              t={t}
              locale={i18n.locale}
              base={i18n.base}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
