import { useEffect, useMemo, useState } from 'react';
import { loadMyBadges, type MyBadge } from '../client/badges';
import { offerDownload } from '../client/offerDownload';
import { bakedBadgeSvg } from '../lib/badges/bakedBadgeSvg';
import { credentialOf } from '../lib/badges/checkBadge';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';

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
  'badgeList.verifyLink',
] as const;

/** A button that offers `content()` as a file, its accessible name saying what (`label`) of which badge (`of`). */
function DownloadButton({
  label,
  of,
  content,
  file,
  type,
}: {
  label: string;
  of: string;
  content: () => string;
  file: string;
  type: string;
}) {
  return (
    <button
      className="button secondary"
      type="button"
      aria-label={`${label}: ${of}`}
      onClick={() => offerDownload(content(), file, type)}
    >
      {label}
    </button>
  );
}

/** "Your data": the learner's Open Badges from the sync server, each to download (JSON, baked SVG) or share by its verification link. */
export default function BadgeList({
  i18n,
  verifyPath,
}: {
  i18n: IslandMessages<(typeof badgeListMessages)[number]>;
  /** The verification page's address in this locale. */
  verifyPath: string;
}) {
  const t = useMemo(() => createTranslator(i18n.locale, i18n.messages), [i18n]);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  const [badges, setBadges] = useState<MyBadge[] | null | 'reading' | { error: string }>('reading');
  useEffect(() => {
    loadMyBadges().then(setBadges, (error: unknown) => setBadges({ error: (error as Error).message }));
  }, []);

  const nameOf = (b: MyBadge) => b.credential.credentialSubject?.achievement?.name ?? `${b.competency} ${b.level}`;
  const fileName = (b: MyBadge) => `badge-${b.competency}-${b.level}`;
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
            const [competency, levelName] = name.split(': ');
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
                  <DownloadButton
                    label={t('badgeList.downloadJson')}
                    of={name}
                    content={() => JSON.stringify(credentialOf(b.credential), null, 2)}
                    file={`${fileName(b)}.json`}
                    type="application/json"
                  />
                  <DownloadButton
                    label={t('badgeList.downloadImage')}
                    of={name}
                    content={() =>
                      bakedBadgeSvg(b.jwt, { name: competency ?? name, levelName: levelName ?? '', level: b.level })
                    }
                    file={`${fileName(b)}.svg`}
                    type="image/svg+xml"
                  />
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
