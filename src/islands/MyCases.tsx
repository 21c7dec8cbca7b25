import { useCallback, useEffect, useState } from 'react';
import { loadMyCases, type MyCasesView, reviseCase } from '../client/myCases';
import { CASES_CHANGED_EVENT } from '../client/submitCaseDrafts';
import { SYNCED_EVENT } from '../client/syncEvents';
import type { IslandProps } from '../lib/i18n/islandMessages';
import { useTranslator } from './useTranslator';

/** The messages MyCases shows; the page passes exactly these. */
export const myCasesMessages = [
  'myCases.heading',
  'myCases.intro',
  'myCases.reading',
  'myCases.none',
  'myCases.share',
  'myCases.drafts',
  'myCases.draft',
  'myCases.queued',
  'myCases.refused',
  'myCases.editDraft',
  'myCases.onServer',
  'myCases.notConnected',
  'myCases.failed',
  'myCases.status.submitted',
  'myCases.status.changesRequested',
  'myCases.status.approved',
  'myCases.status.declined',
  'myCases.comment',
  'myCases.revise',
  'myCases.untitled',
] as const;

/**
 * "Your data" → "Your cases": the field cases drafted in this browser (waiting, refused with the
 * server's reason) and those on the server with their status and the lead's comment; a case sent
 * back for changes opens in the share form.
 */
export default function MyCases({
  i18n,
  sharePath,
}: IslandProps<
  typeof myCasesMessages,
  {
    /** The "Share a practice" page in this locale. */
    sharePath: string;
  }
>) {
  const t = useTranslator(i18n);
  const [view, setView] = useState<MyCasesView | null>(null);
  const reload = useCallback(() => void loadMyCases().then(setView), []);
  useEffect(() => {
    reload();
    window.addEventListener(CASES_CHANGED_EVENT, reload);
    window.addEventListener(SYNCED_EVENT, reload);
    return () => {
      window.removeEventListener(CASES_CHANGED_EVENT, reload);
      window.removeEventListener(SYNCED_EVENT, reload);
    };
  }, [reload]);
  const draftLink = (id: string) => `${sharePath}?draft=${encodeURIComponent(id)}`;

  return (
    <section aria-labelledby="my-cases">
      <h2 id="my-cases">{t('myCases.heading')}</h2>
      <p>
        {t('myCases.intro')} <a href={sharePath}>{t('myCases.share')}</a>
      </p>
      {view === null && <p role="status">{t('myCases.reading')}</p>}
      {view && view.drafts.length > 0 && (
        <>
          <h3>{t('myCases.drafts')}</h3>
          <ul className="case-list">
            {view.drafts.map((d) => (
              <li key={d.id}>
                <strong>{d.fields.title || t('myCases.untitled')}</strong>
                <span className={d.state === 'refused' ? 'error' : 'muted'}>
                  {' '}
                  {d.state === 'refused'
                    ? t('myCases.refused', { reason: d.refusal ?? '' })
                    : d.state === 'queued'
                      ? t('myCases.queued')
                      : t('myCases.draft')}
                </span>{' '}
                <a href={draftLink(d.id)}>
                  {t('myCases.editDraft', { title: d.fields.title || t('myCases.untitled') })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {view?.problem === 'notConnected' && <p>{t('myCases.notConnected')}</p>}
      {view?.problem && view.problem !== 'notConnected' && (
        <p role="alert">{t('myCases.failed', { error: view.problem })}</p>
      )}
      {view?.cases && (
        <>
          <h3>{t('myCases.onServer')}</h3>
          {view.cases.length === 0 ? (
            <p>{t('myCases.none')}</p>
          ) : (
            <ul className="case-list">
              {view.cases.map((c) => (
                <li key={c.case.id}>
                  <strong>{c.case.title}</strong>{' '}
                  <span className={`case-status ${c.status}`}>{t(`myCases.status.${c.status}`)}</span>
                  {c.comment && (
                    <p className="case-comment">
                      {t('myCases.comment')} {c.comment}
                    </p>
                  )}
                  {c.status === 'changesRequested' && !view.drafts.some((d) => d.id === c.case.id) && (
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => void reviseCase(c).then((id) => location.assign(draftLink(id)))}
                    >
                      {t('myCases.revise', { title: c.case.title })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
