import { useSelector } from '@xstate/react';
import { type SubmitEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type Device, listDevices, removeDevice } from '../client/devices';
import { checkConnection, hasCohesionServer, redeemEnrolmentCode } from '../client/enrol';
import { watchPendingCount } from '../client/learnerStore';
import { connectSync, disconnectSync, getSyncEngine, type SyncActor } from '../client/syncEngine';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { inviteCodeOf } from '../lib/invitations/inviteLink';
import { type LrsConnection, lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';
import { SYNC_ADVICE, type SyncAdvice, SyncError } from '../lib/sync/syncError';
import type { SyncNotice } from '../lib/sync/syncNotice';
import { FormField } from './FormField';

/** The messages SyncPanel shows; the page passes exactly these. */
export const syncPanelMessages = [
  'syncPanel.state.starting',
  'syncPanel.state.disconnected',
  'syncPanel.state.idle',
  'syncPanel.state.syncing',
  'syncPanel.state.offline',
  'syncPanel.state.waiting',
  'syncPanel.state.needsAction',
  'syncPanel.status',
  'syncPanel.caption',
  'syncPanel.server',
  'syncPanel.serverAs',
  'syncPanel.none',
  'syncPanel.lastSynced',
  'syncPanel.never',
  'syncPanel.waiting',
  'syncPanel.syncNow',
  'syncPanel.disconnect',
  'syncPanel.enterCode',
  'syncPanel.enrol',
  'syncPanel.enrolIntro',
  'syncPanel.code',
  'syncPanel.connect',
  'syncPanel.otherLrs',
  'syncPanel.lrs',
  'syncPanel.lrsIntro',
  'syncPanel.endpoint',
  'syncPanel.key',
  'syncPanel.secret',
  'syncPanel.email',
  'syncPanel.reading',
  'syncError.busy',
  'syncError.reconnect',
  'syncError.forbidden',
  'syncError.refused',
  'syncError.offline',
  'syncError.otherSite',
  'syncError.unexpected',
  'syncError.detail',
  'syncNotice.mergedHere',
  'syncNotice.mergedThere',
  'syncNotice.noDocuments',
  'syncPanel.thisServer',
  'syncPanel.advanced',
  'syncPanel.inviting',
  'syncPanel.inviteFailed',
  'syncPanel.staff',
  'syncPanel.devices',
  'syncPanel.thisDevice',
  'syncPanel.otherDevice',
  'syncPanel.removeDevice',
  'syncPanel.removeDeviceFor',
  'syncPanel.deviceRemoved',
  'syncPanel.addDevice',
] as const;

type T = Translate<(typeof syncPanelMessages)[number]>;

/** A sync run's notice in the page's words. */
function noticeIn(t: T, notice: SyncNotice, when: Intl.DateTimeFormat): string {
  if (notice.code === 'noDocuments') return t('syncNotice.noDocuments');
  const at = when.format(new Date(notice.keptAt));
  return t(notice.keptFrom === 'this device' ? 'syncNotice.mergedHere' : 'syncNotice.mergedThere', { when: at });
}

const STATES = ['starting', 'disconnected', 'idle', 'syncing', 'offline', 'waiting', 'needsAction'] as const;
const isState = (state: string): state is (typeof STATES)[number] => (STATES as readonly string[]).includes(state);

function Status({ actor, t, locale }: { actor: SyncActor; t: T; locale: string }) {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const state = useSelector(actor, (s) => String(s.value));
  const { connection, lastSyncedAt, lastReport, error } = useSelector(actor, (s) => s.context);
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => watchPendingCount(setPending), []);
  const agent = connection?.agent;
  const who = agent ? ('mbox' in agent ? agent.mbox.replace(/^mailto:/, '') : agent.account.name) : '';
  return (
    <section aria-labelledby="sync-status">
      <h2 id="sync-status">{t('syncPanel.status')}</h2>
      <p role="status">{isState(state) ? t(`syncPanel.state.${state}`) : state}</p>
      <table>
        <caption className="visually-hidden">{t('syncPanel.caption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('syncPanel.server')}</th>
            <td>
              {!connection
                ? t('syncPanel.none')
                : connection.kind === 'cohesion'
                  ? t('syncPanel.thisServer')
                  : t('syncPanel.serverAs', { endpoint: connection.endpoint, who })}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('syncPanel.lastSynced')}</th>
            <td>{lastSyncedAt ? when.format(new Date(lastSyncedAt)) : t('syncPanel.never')}</td>
          </tr>
          <tr>
            <th scope="row">{t('syncPanel.waiting')}</th>
            <td>{pending ?? '…'}</td>
          </tr>
        </tbody>
      </table>
      {error && (
        <div className={state === 'needsAction' ? 'notice' : ''} role={state === 'needsAction' ? 'alert' : undefined}>
          <p>
            <strong>{adviceIn(t, error.advice)}</strong>
          </p>
          <p className="muted">{t('syncError.detail', { detail: error.message })}</p>
        </div>
      )}
      {lastReport?.notice && <p className="notice">{noticeIn(t, lastReport.notice, when)}</p>}
      {connection && (
        <div className="actions-row">
          <button type="button" className="button" onClick={() => actor.send({ type: 'sync.request' })}>
            {t('syncPanel.syncNow')}
          </button>
          <button type="button" className="button secondary" onClick={() => void disconnectSync()}>
            {t('syncPanel.disconnect')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The learner's devices on Cohesion's server: this one, the others (each removable), and how to add one. */
function Devices({ connection, t, locale }: { connection: LrsConnection; t: T; locale: string }) {
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const [devices, setDevices] = useState<Device[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    listDevices(connection).then(setDevices, () => setDevices([]));
  }, [connection]);
  const remove = (device: Device) =>
    removeDevice(connection, device.username)
      .then(() => listDevices(connection))
      .then(
        (left) => {
          setDevices(left);
          setStatus(t('syncPanel.deviceRemoved'));
        },
        (error: unknown) => setStatus(messageOf(error, t)),
      );
  return (
    <section aria-labelledby="devices">
      <h2 id="devices">{t('syncPanel.devices')}</h2>
      <ul className="plain-list">
        {devices.map((d) => {
          const date = when.format(new Date(d.connectedAt));
          return (
            <li key={d.username}>
              {t(d.current ? 'syncPanel.thisDevice' : 'syncPanel.otherDevice', { date })}{' '}
              {!d.current && (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('syncPanel.removeDeviceFor', { date })}
                  onClick={() => void remove(d)}
                >
                  {t('syncPanel.removeDevice')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted">{t('syncPanel.addDevice')}</p>
      <p role="status">{status}</p>
    </section>
  );
}

/** What an error says: for a sync error, what to do in the page's language, then the detail. */
const messageOf = (error: unknown, t: T) =>
  error instanceof SyncError
    ? `${adviceIn(t, error.advice)} ${t('syncError.detail', { detail: error.message })}`
    : error instanceof Error
      ? error.message
      : String(error);

const LRS_FIELDS = ['endpoint', 'username', 'password', 'email'] as const;

function ConnectForms({
  cohesionServer,
  t,
  base,
  inviteError,
}: {
  cohesionServer: boolean;
  t: T;
  base: string;
  inviteError: string | undefined;
}) {
  const [codeError, setCodeError] = useState<string | undefined>(inviteError);
  const [lrsErrors, setLrsErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => setCodeError(inviteError), [inviteError]);
  const run = async (work: () => Promise<void>, fail: (error: unknown) => void) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const enrol = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('enrol-code') ?? '');
    setCodeError(undefined);
    void run(
      async () => {
        if (!code.trim()) throw new Error(t('syncPanel.enterCode'));
        await connectSync(await redeemEnrolmentCode(code));
      },
      (error) => setCodeError(messageOf(error, t)),
    );
  };
  const manual = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setLrsErrors({});
    const parsed = lrsConnectionSchema.safeParse({
      endpoint: form.get('endpoint'),
      username: form.get('username'),
      password: form.get('password'),
      agent: { objectType: 'Agent', mbox: `mailto:${String(form.get('email') ?? '').trim()}` },
      kind: 'lrs',
    });
    if (!parsed.success) {
      // Each message next to its own field (the agent's mailbox is the e-mail field).
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'agent' ? 'email' : String(issue.path[0]);
        errors[field] ??= issue.message;
      }
      setLrsErrors(errors);
      return;
    }
    void run(
      async () => {
        await checkConnection(parsed.data);
        await connectSync(parsed.data);
      },
      (error) => setLrsErrors({ form: messageOf(error, t) }),
    );
  };
  return (
    <>
      {cohesionServer && (
        <section aria-labelledby="enrol">
          <h2 id="enrol">{t('syncPanel.enrol')}</h2>
          <p>{t('syncPanel.enrolIntro')}</p>
          <form onSubmit={enrol} className="stacked-form">
            <FormField
              id="enrol-code"
              label={t('syncPanel.code')}
              error={codeError}
              autoComplete="one-time-code"
              spellCheck={false}
            />
            <button className="button" type="submit" disabled={busy}>
              {t('syncPanel.connect')}
            </button>
          </form>
          <p className="muted">
            <a href={`${base}account/`}>{t('syncPanel.staff')}</a>
          </p>
        </section>
      )}
      <details className="advanced-sync" open={!cohesionServer || undefined}>
        <summary>{cohesionServer ? t('syncPanel.advanced') : t('syncPanel.lrs')}</summary>
        <p>{t('syncPanel.lrsIntro')}</p>
        <form onSubmit={manual} className="stacked-form" noValidate>
          {LRS_FIELDS.map((field) => (
            <FormField
              key={field}
              id={field}
              label={t(
                field === 'endpoint'
                  ? 'syncPanel.endpoint'
                  : field === 'username'
                    ? 'syncPanel.key'
                    : field === 'password'
                      ? 'syncPanel.secret'
                      : 'syncPanel.email',
              )}
              error={lrsErrors[field]}
              required
              {...(field === 'endpoint'
                ? { type: 'url', placeholder: 'https://lrs.example.org/xapi/' }
                : field === 'username'
                  ? { autoComplete: 'username' }
                  : field === 'password'
                    ? { type: 'password', autoComplete: 'current-password' }
                    : { type: 'email', autoComplete: 'email' })}
            />
          ))}
          {lrsErrors.form && (
            <p role="alert" className="error">
              {lrsErrors.form}
            </p>
          )}
          <button className="button secondary" type="submit" disabled={busy}>
            {t('syncPanel.connect')}
          </button>
        </form>
      </details>
    </>
  );
}

/** The sync settings page: connect (enrolment code or any LRS), status, sync now, disconnect. */
export default function SyncPanel({ i18n }: { i18n: IslandMessages<(typeof syncPanelMessages)[number]> }) {
  const t: T = useMemo(() => createTranslator(i18n.locale, i18n.messages), [i18n]);
  const redeemed = useRef(false);
  const [actor, setActor] = useState<SyncActor | null>(null);
  const [cohesionServer, setCohesionServer] = useState<boolean | null>(null);
  const [invite, setInvite] = useState<{ code: string } | { error: string } | null>(null);
  useEffect(() => {
    // An invitation link carries its code in the fragment: take it and clear the address bar at once,
    // so it stays in neither the history nor a bookmark (a fragment never reaches the server or its log).
    const code = inviteCodeOf(location.hash);
    if (code !== undefined) {
      history.replaceState(history.state, '', location.pathname + location.search);
      setInvite({ code });
    }
    void getSyncEngine().then(setActor);
    void hasCohesionServer().then(setCohesionServer);
  }, []);
  const connection = useSelector(actor ?? undefined, (s) => s?.context.connection ?? null);
  const connected = connection !== null;
  useEffect(() => {
    if (!actor || invite === null || !('code' in invite)) return;
    if (connected) {
      setInvite(null);
      return;
    }
    if (redeemed.current) return;
    redeemed.current = true;
    redeemEnrolmentCode(invite.code)
      .then(connectSync)
      .then(
        () => setInvite(null),
        (error: unknown) => setInvite({ error: t('syncPanel.inviteFailed', { message: messageOf(error, t) }) }),
      );
  }, [actor, invite, connected, t]);
  if (!actor || cohesionServer === null) return <p role="status">{t('syncPanel.reading')}</p>;
  if (invite !== null && 'code' in invite) return <p role="status">{t('syncPanel.inviting')}</p>;
  return (
    <>
      <Status actor={actor} t={t} locale={i18n.locale} />
      {connection?.kind === 'cohesion' && <Devices connection={connection} t={t} locale={i18n.locale} />}
      {!connected && (
        <ConnectForms
          cohesionServer={cohesionServer}
          t={t}
          base={i18n.base}
          inviteError={invite !== null && 'error' in invite ? invite.error : undefined}
        />
      )}
    </>
  );
}

/** What to do about a sync failure, in the page's language (a record saved by an older release may hold the words themselves). */
function adviceIn(t: T, advice: SyncAdvice | string): string {
  return (SYNC_ADVICE as readonly string[]).includes(advice) ? t(`syncError.${advice as SyncAdvice}`) : advice;
}
