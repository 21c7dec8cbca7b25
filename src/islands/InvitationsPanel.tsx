import { type FormEvent, useMemo, useState } from 'react';
import {
  type CreatedInvitation,
  createInvitations,
  type InvitationRow,
  listInvitations,
  revokeInvitation,
} from '../client/accountApi';
import { offerDownload } from '../client/offerDownload';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { invitationsCsv } from '../lib/invitations/invitationsCsv';
import { inviteLink } from '../lib/invitations/inviteLink';
import { parseInviteeList } from '../lib/invitations/parseInviteeList';
import { type Named, resolveNames } from '../lib/invitations/resolveNames';
import { HeadedTable } from './HeadedTable';
import { ItemsTable } from './ItemsTable';
import { SignInNotice } from './SignInNotice';
import { useGuardedList } from './useGuardedList';
import { useTranslator } from './useTranslator';

/** The messages InvitationsPanel shows; the page passes exactly these. */
export const invitationsPanelMessages = [
  'invitationsPanel.reading',
  'invitationsPanel.signInFirst',
  'invitationsPanel.signInLink',
  'invitationsPanel.new',
  'invitationsPanel.list',
  'invitationsPanel.listHint',
  'invitationsPanel.create',
  'invitationsPanel.none',
  'invitationsPanel.created',
  'invitationsPanel.download',
  'invitationsPanel.createdCaption',
  'invitationsPanel.invitee',
  'invitationsPanel.region',
  'invitationsPanel.function',
  'invitationsPanel.link',
  'invitationsPanel.expires',
  'invitationsPanel.state',
  'invitationsPanel.all',
  'invitationsPanel.allCaption',
  'invitationsPanel.empty',
  'invitationsPanel.state.sent',
  'invitationsPanel.state.used',
  'invitationsPanel.state.expired',
  'invitationsPanel.state.revoked',
  'invitationsPanel.revoke',
  'invitationsPanel.revokeFor',
  'invitationsPanel.revoked',
  'invitationRegions.unknown',
  'invitationFunctions.unknown',
] as const;

type T = Translate<(typeof invitationsPanelMessages)[number]>;

/** The headings of the table of every invitation, in order; a last, unheaded column holds each row's revoke button. */
const INVITATION_COLUMNS = [
  'invitationsPanel.invitee',
  'invitationsPanel.region',
  'invitationsPanel.function',
  'invitationsPanel.state',
  'invitationsPanel.expires',
] as const;

/** The invitations page for COE leads: paste a list, get a link per person (and a CSV), see and revoke invitations. */
export default function InvitationsPanel({
  i18n,
  regions,
  sourceRegions,
  functions,
  sourceFunctions,
}: {
  i18n: IslandMessages<(typeof invitationsPanelMessages)[number]>;
  /** The curriculum's regions, named in the page's language. */
  regions: Named[];
  /** The same regions named as the curriculum's source does: a pasted list may use either name. */
  sourceRegions: Named[];
  /** The curriculum's job functions in the page's language and the source's; absent when it lists none (any is taken). */
  functions?: Named[] | undefined;
  sourceFunctions?: Named[] | undefined;
}) {
  const t: T = useTranslator(i18n);
  const when = useMemo(() => new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' }), [i18n.locale]);
  const [created, setCreated] = useState<CreatedInvitation[]>([]);
  const [listError, setListError] = useState<string[] | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [rows, refresh] = useGuardedList(listInvitations, setStatus);

  // An invitation made before its region left the curriculum still shows what it recorded.
  const regionName = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
  const functionName = (id: string) => functions?.find((f) => f.id === id)?.name ?? id;

  const siteBase = new URL(
    i18n.base,
    typeof location === 'undefined' ? 'http://localhost/' : location.origin,
  ).toString();
  const linkOf = (code: string) => inviteLink(siteBase, code);

  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const listed = parseInviteeList(String(new FormData(form).get('invitees') ?? ''));
    setListError(undefined);
    if (listed.length === 0) {
      setListError([t('invitationsPanel.none')]);
      return;
    }
    // Every line whose region or function the curriculum lacks is named at once, and nothing is sent.
    const byRegion = resolveNames(listed, 'region', [regions, sourceRegions]);
    const byFunction = functions
      ? resolveNames(byRegion.invitees, 'jobFunction', [functions, sourceFunctions ?? []])
      : { invitees: byRegion.invitees, unknown: [] };
    const invitees = byFunction.invitees;
    const anyOf = (choices: Named[]) =>
      new Intl.ListFormat(i18n.locale, { type: 'disjunction' }).format(choices.map((c) => c.name));
    const problems = [
      ...byRegion.unknown.map(({ index, value }) => ({
        index,
        text: t('invitationRegions.unknown', { line: listed[index]!.line, value, allowed: anyOf(regions) }),
      })),
      ...byFunction.unknown.map(({ index, value }) => ({
        index,
        text: t('invitationFunctions.unknown', { line: listed[index]!.line, value, allowed: anyOf(functions ?? []) }),
      })),
    ];
    if (problems.length > 0) {
      setListError(problems.sort((a, b) => a.index - b.index).map((p) => p.text));
      return;
    }
    setBusy(true);
    createInvitations(invitees)
      .then((made) => {
        setCreated(made);
        setStatus(t('invitationsPanel.created', { count: made.length }));
        form.reset();
        return refresh();
      })
      .catch((error: unknown) => setListError([error instanceof Error ? error.message : String(error)]))
      .finally(() => setBusy(false));
  };

  const revoke = (row: InvitationRow) =>
    revokeInvitation(row.id).then(
      () => {
        setStatus(t('invitationsPanel.revoked', { invitee: row.invitee }));
        return refresh();
      },
      (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
    );

  if (rows === 'reading') return <p role="status">{t('invitationsPanel.reading')}</p>;
  if (rows === 'refused')
    return (
      <SignInNotice text={t('invitationsPanel.signInFirst')} link={t('invitationsPanel.signInLink')} base={i18n.base} />
    );

  return (
    <div className="invitations">
      <form className="stacked-form wide" onSubmit={create} aria-labelledby="new-invitations">
        <h2 id="new-invitations">{t('invitationsPanel.new')}</h2>
        <label htmlFor="invitees">{t('invitationsPanel.list')}</label>
        <textarea
          id="invitees"
          name="invitees"
          rows={6}
          spellCheck={false}
          aria-invalid={listError ? true : undefined}
          aria-describedby={`invitees-hint${listError ? ' invitees-error' : ''}`}
        />
        <p id="invitees-hint" className="muted field-hint">
          {t('invitationsPanel.listHint')}
        </p>
        {listError && (
          <div id="invitees-error" className="error field-error">
            {listError.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        <button className="button" type="submit" disabled={busy}>
          {t('invitationsPanel.create')}
        </button>
      </form>
      <p role="status">{status}</p>
      {created.length > 0 && (
        <>
          <HeadedTable
            scroll="table-scroll scrolling-table"
            caption={t('invitationsPanel.createdCaption')}
            columns={[t('invitationsPanel.invitee'), t('invitationsPanel.link')]}
          >
            {created.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.invitee}</th>
                <td className="invite-link">
                  <code>{linkOf(c.code)}</code>
                </td>
              </tr>
            ))}
          </HeadedTable>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              offerDownload(
                invitationsCsv(created.map((c) => ({ ...c, link: linkOf(c.code) }))),
                'invitations.csv',
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('invitationsPanel.download')}
          </button>
        </>
      )}
      <section aria-labelledby="all-invitations">
        <h2 id="all-invitations">{t('invitationsPanel.all')}</h2>
        <ItemsTable
          items={rows}
          empty={t('invitationsPanel.empty')}
          scroll="table-scroll scrolling-table"
          caption={t('invitationsPanel.allCaption')}
          hiddenCaption
          columns={[...INVITATION_COLUMNS.map((column) => t(column)), null]}
          row={(row) => (
            <tr key={row.id}>
              <th scope="row">{row.invitee}</th>
              <td>{regionName(row.region)}</td>
              <td>{functionName(row.jobFunction)}</td>
              <td>{t(`invitationsPanel.state.${row.state}`)}</td>
              <td>{when.format(new Date(row.expiresAt))}</td>
              <td>
                {row.state === 'sent' && (
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={t('invitationsPanel.revokeFor', { invitee: row.invitee })}
                    onClick={() => void revoke(row)}
                  >
                    {t('invitationsPanel.revoke')}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      </section>
    </div>
  );
}
