import { useEffect, useState } from 'react';
import { loadBadgeImage, loadMyBadges, type MyBadge } from '../client/badges';
import { offerDownload } from '../client/offerDownload';
import { credentialOf } from '../lib/badges/checkBadge';
import type { IslandProps } from '../lib/i18n/islandMessages';
import { useTranslator } from './useTranslator';

/** The messages BadgeList shows; the page passes exactly these. */
export const badgeListMessages = [
  'badgeList.heading',
  'badgeList.intro',
  'badgeList.reading',
  'badgeList.notConnected',
  'badgeList.none',
  'badgeList.failed',
  'badgeList.issued',
  'badgeList.revoked',
  'badgeList.downloadJson',
  'badgeList.downloadImage',
  'badgeList.downloadPng',
  'badgeList.verifyLink',
] as const;

/** "Your data": the learner's Open Badges from the sync server, each to download (JSON, baked PNG and SVG images) or share by its verification link. */
export default function BadgeList({
  i18n,
  verifyPath,
}: IslandProps<
  typeof badgeListMessages,
  {
    /** The verification page's address in this locale. */
    verifyPath: string;
  }
>) {
  const t = useTranslator(i18n);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  const [badges, setBadges] = useState<MyBadge[] | null | 'reading' | { error: string }>('reading');
  useEffect(() => {
    loadMyBadges().then(setBadges, (error: unknown) => setBadges({ error: (error as Error).message }));
  }, []);

  const nameOf = (b: MyBadge) => b.credential.credentialSubject?.achievement?.name ?? `${b.competency} ${b.level}`;
  const fileName = (b: MyBadge) => `badge-${b.competency}-${b.level}`;
  // The server bakes the images: the SVG names the competency and level, the PNG is its badge picture.
  const downloadImage = async (b: MyBadge, kind: 'png' | 'svg') => {
    try {
      offerDownload(await loadBadgeImage(b.id, kind), `${fileName(b)}.${kind}`);
    } catch (error) {
      setBadges({ error: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="badges">
      <h2 id="badges">{t('badgeList.heading')}</h2>
      <p>{t('badgeList.intro')}</p>
      {badges === 'reading' && <p role="status">{t('badgeList.reading')}</p>}
      {badges === null && <p>{t('badgeList.notConnected')}</p>}
      {badges !== null && typeof badges === 'object' && 'error' in badges && (
        <p role="alert">{t('badgeList.failed', { error: badges.error })}</p>
      )}
      {Array.isArray(badges) && badges.length === 0 && <p>{t('badgeList.none')}</p>}
      {Array.isArray(badges) && badges.length > 0 && (
        <ul className="badge-list">
          {badges.map((b) => {
            const name = nameOf(b);
            return (
              <li key={b.id}>
                <h3>{name}</h3>
                <p>
                  {t('badgeList.issued', { when: when.format(new Date(b.issuedAt)) })}
                  {b.revoked && (
                    <>
                      {' · '}
                      <strong>{t('badgeList.revoked')}</strong>
                    </>
                  )}
                </p>
                <div className="actions-row">
                  <button
                    className="button secondary"
                    type="button"
                    aria-label={`${t('badgeList.downloadJson')}: ${name}`}
                    onClick={() =>
                      offerDownload(
                        JSON.stringify(credentialOf(b.credential), null, 2),
                        `${fileName(b)}.json`,
                        'application/json',
                      )
                    }
                  >
                    {t('badgeList.downloadJson')}
                  </button>
                  {(['png', 'svg'] as const).map((kind) => {
                    const label = t(kind === 'png' ? 'badgeList.downloadPng' : 'badgeList.downloadImage');
                    return (
                      <button
                        key={kind}
                        className="button secondary"
                        type="button"
                        aria-label={`${label}: ${name}`}
                        onClick={() => void downloadImage(b, kind)}
                      >
                        {label}
                      </button>
                    );
                  })}
                  <a
                    href={`${verifyPath}?credential=${encodeURIComponent(b.credential.id)}`}
                    aria-label={`${t('badgeList.verifyLink')}: ${name}`}
                  >
                    {t('badgeList.verifyLink')}
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
