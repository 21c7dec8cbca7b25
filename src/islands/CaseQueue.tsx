import { useEffect, useState } from 'react';
import { ApiError, decideCase, listCaseQueue, type QueuedCase, readSession } from '../client/accountApi';
import type { CaseVocabulary } from '../data/caseVocabulary';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { CaseArticle, caseArticleMessages } from './CaseArticle';
import { useTranslator } from './useTranslator';

/** The messages CaseQueue shows; the page passes exactly these. */
export const caseQueueMessages = [
  ...caseArticleMessages,
  'caseQueue.loading',
  'caseQueue.signedOut',
  'caseQueue.signInLink',
  'caseQueue.failed',
  'caseQueue.empty',
  'caseQueue.count',
  'caseQueue.comment',
  'caseQueue.commentHint',
  'caseQueue.edit',
  'caseQueue.editing',
  'caseQueue.title',
  'caseQueue.approve',
  'caseQueue.requestChanges',
  'caseQueue.decline',
  'caseQueue.done.approve',
  'caseQueue.done.requestChanges',
  'caseQueue.done.decline',
] as const;
type Id = (typeof caseQueueMessages)[number];
type Decision = 'approve' | 'requestChanges' | 'decline';
const TEXT_FIELDS = ['situation', 'action', 'result', 'reuse'] as const;

/** One queued case with the lead's comment, optional edits and the three decisions. */
function QueueItem({
  item,
  vocabulary,
  t,
  onDecided,
}: {
  item: QueuedCase;
  vocabulary: CaseVocabulary;
  t: (id: Id, params?: Record<string, string | number>) => string;
  onDecided: (message: string) => void;
}) {
  const id = item.case.id;
  const [comment, setComment] = useState('');
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const decide = async (decision: Decision) => {
    setBusy(true);
    setError('');
    try {
      const changed = edits
        ? Object.fromEntries(Object.entries(edits).filter(([k, v]) => v !== item.case[k as keyof typeof item.case]))
        : {};
      await decideCase(id, {
        decision,
        ...(comment.trim() ? { comment } : {}),
        ...(Object.keys(changed).length > 0 ? { edits: changed } : {}),
      });
      onDecided(t(`caseQueue.done.${decision}`, { title: edits?.title ?? item.case.title }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  };
  const shown = edits ? { ...item.case, ...edits } : item.case;
  return (
    <CaseArticle entry={shown} vocabulary={vocabulary} t={t}>
      <div className="case-decision">
        {edits ? (
          <fieldset>
            <legend>{t('caseQueue.editing')}</legend>
            <label htmlFor={`edit-${id}-title`}>{t('caseQueue.title')}</label>
            <input
              id={`edit-${id}-title`}
              value={edits.title}
              onChange={(e) => setEdits({ ...edits, title: e.target.value })}
            />
            {TEXT_FIELDS.map((f) => (
              <div key={f}>
                <label htmlFor={`edit-${id}-${f}`}>{t(`caseArticle.${f}`)}</label>
                <textarea
                  id={`edit-${id}-${f}`}
                  rows={4}
                  value={edits[f]}
                  onChange={(e) => setEdits({ ...edits, [f]: e.target.value })}
                />
              </div>
            ))}
          </fieldset>
        ) : (
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setEdits({
                title: item.case.title,
                ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, item.case[f]])),
              })
            }
          >
            {t('caseQueue.edit', { title: item.case.title })}
          </button>
        )}
        <label htmlFor={`comment-${id}`}>{t('caseQueue.comment')}</label>
        <p id={`comment-${id}-hint`} className="muted field-hint">
          {t('caseQueue.commentHint')}
        </p>
        <textarea
          id={`comment-${id}`}
          rows={3}
          value={comment}
          aria-describedby={`comment-${id}-hint${error ? ` comment-${id}-error` : ''}`}
          onChange={(e) => setComment(e.target.value)}
        />
        {error && (
          <p id={`comment-${id}-error`} className="error field-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions-row">
          <button type="button" className="button" disabled={busy} onClick={() => void decide('approve')}>
            {t('caseQueue.approve')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => void decide('requestChanges')}
          >
            {t('caseQueue.requestChanges')}
          </button>
          <button type="button" className="button secondary" disabled={busy} onClick={() => void decide('decline')}>
            {t('caseQueue.decline')}
          </button>
        </div>
      </div>
    </CaseArticle>
  );
}

/**
 * The lead's queue of submitted field cases (signed in on the account page): each case as the
 * library would show it, with a comment, edits, and approve / request changes / decline.
 */
export default function CaseQueue({
  i18n,
  vocabulary,
  accountPath,
}: {
  i18n: IslandMessages<Id>;
  vocabulary: CaseVocabulary;
  /** The account page in this locale, where leads sign in. */
  accountPath: string;
}) {
  const t = useTranslator(i18n);
  const [queue, setQueue] = useState<QueuedCase[] | 'loading' | 'signedOut' | { error: string }>('loading');
  const [done, setDone] = useState('');
  useEffect(() => {
    readSession()
      .then(async (session) => (session.user ? setQueue(await listCaseQueue()) : setQueue('signedOut')))
      .catch((e: unknown) => setQueue({ error: e instanceof Error ? e.message : String(e) }));
  }, []);
  if (queue === 'loading') return <p role="status">{t('caseQueue.loading')}</p>;
  if (queue === 'signedOut')
    return (
      <p>
        {t('caseQueue.signedOut')} <a href={accountPath}>{t('caseQueue.signInLink')}</a>
      </p>
    );
  if (!Array.isArray(queue)) return <p role="alert">{t('caseQueue.failed', { error: queue.error })}</p>;
  return (
    <div className="case-queue">
      <p role="status">
        {done} {queue.length > 0 ? t('caseQueue.count', { count: queue.length }) : t('caseQueue.empty')}
      </p>
      {queue.map((item) => (
        <QueueItem
          key={item.case.id}
          item={item}
          vocabulary={vocabulary}
          t={t}
          onDecided={(message) => {
            setDone(message);
            setQueue(queue.filter((q) => q.case.id !== item.case.id));
          }}
        />
      ))}
    </div>
  );
}
