import { type FormEvent, useEffect, useState } from 'react';
import type { BadgeCheck } from '../lib/badges/checkBadge';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { useTranslator } from './useTranslator';

/** The messages BadgeVerifier shows; the page passes exactly these. */
export const badgeVerifierMessages = [
  'badgeVerifier.input',
  'badgeVerifier.hint',
  'badgeVerifier.file',
  'badgeVerifier.check',
  'badgeVerifier.checking',
  'badgeVerifier.valid',
  'badgeVerifier.revoked',
  'badgeVerifier.mismatch',
  'badgeVerifier.unreadable',
  'badgeVerifier.unreachable',
  'badgeVerifier.achievement',
  'badgeVerifier.criteria',
  'badgeVerifier.issuer',
  'badgeVerifier.issuedOn',
] as const;

/**
 * The public verification page's form: a link, a badge's JSON or JWT, or a badge file; the check
 * runs in this browser (jose and the checker load only when asked) against the issuer's published
 * key and status list. A `?credential=` link is checked as the page opens.
 */
export default function BadgeVerifier({ i18n }: { i18n: IslandMessages<(typeof badgeVerifierMessages)[number]> }) {
  const t = useTranslator(i18n);
  const [text, setText] = useState('');
  const [result, setResult] = useState<BadgeCheck | 'checking' | null>(null);

  const check = async (given: string) => {
    setResult('checking');
    const { verifyBadge } = await import('../client/verifyBadge');
    setResult(await verifyBadge(given));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reads the address once on mount
  useEffect(() => {
    const link = new URLSearchParams(location.search).get('credential');
    if (link) {
      setText(link);
      void check(link);
    }
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void check(text);
  };
  const when = (iso: string) =>
    Number.isNaN(Date.parse(iso))
      ? iso
      : new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long' }).format(new Date(iso));

  return (
    <>
      <form onSubmit={submit} className="badge-verifier">
        <label htmlFor="badge-input">{t('badgeVerifier.input')}</label>
        <p id="badge-hint" className="hint">
          {t('badgeVerifier.hint')}
        </p>
        <textarea
          id="badge-input"
          aria-describedby="badge-hint"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
        />
        <label htmlFor="badge-file">{t('badgeVerifier.file')}</label>
        <input
          id="badge-file"
          type="file"
          accept=".json,.png,.svg,.jwt,application/json,image/png,image/svg+xml"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) {
              const { readBadgeFile } = await import('../client/verifyBadge');
              const content = await readBadgeFile(file);
              setText(content);
              void check(content);
            }
          }}
        />
        <div className="actions-row">
          <button className="button" type="submit" disabled={text.trim() === ''}>
            {t('badgeVerifier.check')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {result === 'checking' && <p>{t('badgeVerifier.checking')}</p>}
        {result !== null && result !== 'checking' && (
          <div className={`badge-result ${result.outcome}`}>
            {(result.outcome === 'valid' || result.outcome === 'revoked') && (
              <>
                <p>
                  <strong>{t(`badgeVerifier.${result.outcome}`, { issuer: result.issuer })}</strong>
                </p>
                <dl>
                  <dt>{t('badgeVerifier.achievement')}</dt>
                  <dd>{result.achievement}</dd>
                  <dt>{t('badgeVerifier.criteria')}</dt>
                  <dd>{result.criteria}</dd>
                  <dt>{t('badgeVerifier.issuer')}</dt>
                  <dd>{result.issuer}</dd>
                  <dt>{t('badgeVerifier.issuedOn')}</dt>
                  <dd>{when(result.validFrom)}</dd>
                </dl>
              </>
            )}
            {result.outcome === 'mismatch' && (
              <p>
                <strong>{t('badgeVerifier.mismatch')}</strong>
              </p>
            )}
            {result.outcome === 'unreadable' && <p>{t('badgeVerifier.unreadable')}</p>}
            {result.outcome === 'unreachable' && <p>{t('badgeVerifier.unreachable', { url: result.url })}</p>}
          </div>
        )}
      </div>
    </>
  );
}
