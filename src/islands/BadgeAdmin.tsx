import { useCallback, useEffect, useState } from 'react';
import {
  ApiError,
  type BadgeCounts,
  type BadgeRow,
  listBadges,
  readBadgeCounts,
  setBadgeRevoked,
} from '../client/accountApi';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { HeadedTable } from './HeadedTable';
import { ItemsTable } from './ItemsTable';
import { useTranslator } from './useTranslator';

/** The messages BadgeAdmin shows; the page passes exactly these. */
export const badgeAdminMessages = [
  'badgeAdmin.heading',
  'badgeAdmin.intro',
  'badgeAdmin.caption',
  'badgeAdmin.learner',
  'badgeAdmin.badge',
  'badgeAdmin.issued',
  'badgeAdmin.status',
  'badgeAdmin.active',
  'badgeAdmin.revoked',
  'badgeAdmin.revoke',
  'badgeAdmin.restore',
  'badgeAdmin.none',
  'badgeAdmin.done',
  'badgeAdmin.countsHeading',
  'badgeAdmin.countsIntro',
  'badgeAdmin.countsCaption',
  'badgeAdmin.competency',
  'badgeAdmin.hidden',
] as const;

/** The learner's account name in an agent key (`account:home|name`), else the key. */
const learnerName = (key: string) => key.split('|').at(-1) ?? key;

/** For COE leads on the workforce page: every issued badge, each with a button to revoke or restore it (a session request, CSRF-protected). */
export default function BadgeAdmin({ i18n }: { i18n: IslandMessages<(typeof badgeAdminMessages)[number]> }) {
  const t = useTranslator(i18n);
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' });
  const [badges, setBadges] = useState<BadgeRow[] | null>(null);
  const [counts, setCounts] = useState<BadgeCounts | null>(null);
  const [status, setStatus] = useState('');
  const refresh = useCallback(
    () =>
      Promise.all([listBadges(), readBadgeCounts()]).then(
        ([list, figures]) => {
          setBadges(list);
          setCounts(figures);
        },
        (error: unknown) => {
          // No lead session (signed out, or signed in on the workforce view's own form): nothing to show here.
          if (!(error instanceof ApiError && (error.status === 401 || error.status === 403)))
            setStatus(error instanceof Error ? error.message : String(error));
        },
      ),
    [],
  );
  useEffect(() => void refresh(), [refresh]);
  if (badges === null) return status ? <p role="alert">{status}</p> : null;

  const toggle = async (b: BadgeRow) => {
    try {
      await setBadgeRevoked(b.id, !b.revoked);
      setStatus(t('badgeAdmin.done', { badge: `${b.competency} ${b.level}`, learner: learnerName(b.learner) }));
      await refresh();
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section aria-labelledby="badge-admin" className="badge-admin">
      <h2 id="badge-admin">{t('badgeAdmin.heading')}</h2>
      <p>{t('badgeAdmin.intro')}</p>
      {counts && (
        <>
          <h3>{t('badgeAdmin.countsHeading')}</h3>
          <p>{t('badgeAdmin.countsIntro', { count: counts.minGroup })}</p>
          <HeadedTable
            scroll="table-scroll"
            caption={t('badgeAdmin.countsCaption')}
            columns={[t('badgeAdmin.competency'), ...counts.levels.map((l) => `${l.level} ${l.name}`)]}
          >
            {counts.competencies.map((c) => (
              <tr key={c.competency}>
                <th scope="row">{c.name}</th>
                {c.holders.map((h) => (
                  <td key={h.level} className={h.learners === null ? 'num hidden-count' : 'num'}>
                    {h.learners ?? t('badgeAdmin.hidden')}
                  </td>
                ))}
              </tr>
            ))}
          </HeadedTable>
        </>
      )}
      <p role="status">{status}</p>
      <ItemsTable
        caption={t('badgeAdmin.caption')}
        hiddenCaption
        scroll="table-scroll"
        empty={t('badgeAdmin.none')}
        items={badges}
        columns={[
          t('badgeAdmin.learner'),
          t('badgeAdmin.badge'),
          t('badgeAdmin.issued'),
          t('badgeAdmin.status'),
          <span key="revoke" className="visually-hidden">
            {t('badgeAdmin.revoke')}
          </span>,
        ]}
        row={(b) => (
          <tr key={b.id}>
            <td style={{ overflowWrap: 'anywhere' }}>{learnerName(b.learner)}</td>
            <td>
              {b.competency} · {b.level}
            </td>
            <td>{when.format(new Date(b.issuedAt))}</td>
            <td>{b.revoked ? t('badgeAdmin.revoked') : t('badgeAdmin.active')}</td>
            <td>
              <button
                className="button secondary"
                type="button"
                aria-label={`${b.revoked ? t('badgeAdmin.restore') : t('badgeAdmin.revoke')}: ${learnerName(b.learner)}, ${b.competency} ${b.level}`}
                onClick={() => void toggle(b)}
              >
                {b.revoked ? t('badgeAdmin.restore') : t('badgeAdmin.revoke')}
              </button>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
