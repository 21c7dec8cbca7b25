import { useSelector } from '@xstate/react';
import { type SubmitEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type Device, listDevices, removeDevice } from '../client/devices';
import { checkConnection, hasCohesionServer, redeemEnrolmentCode } from '../client/enrol';
import { watchPendingCount } from '../client/learnerStore';
import {
  allowPairing,
  claimPairing,
  declinePairing,
  type Pairing,
  readPairing,
  startPairing,
  waitForPairing,
} from '../client/pairing';
import { connectSync, disconnectSync, getSyncEngine, type SyncActor } from '../client/syncEngine';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { inviteCodeOf } from '../lib/invitations/inviteLink';
import { isPairingCode, pairCodeOf, pairLink } from '../lib/pairing/pairLink';
import { type LrsConnection, lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';
import { SYNC_ADVICE, type SyncAdvice, SyncError } from '../lib/sync/syncError';
import type { SyncNotice } from '../lib/sync/syncNotice';
import { FormField } from './FormField';
import { JobFunctionPicker, jobFunctionMessages } from './JobFunctionPicker';
import { useTranslator } from './useTranslator';

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
  'pairing.add',
  'pairing.intro',
  'pairing.code',
  'pairing.qr',
  'pairing.waitingClaim',
  'pairing.allowQuestion',
  'pairing.allowIntro',
  'pairing.allow',
  'pairing.decline',
  'pairing.allowed',
  'pairing.declined',
  'pairing.expired',
  'pairing.codeHint',
  'pairing.waitingAllow',
  'pairing.refused',
  'pairing.codeExpired',
  ...jobFunctionMessages,
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
            <td className="whole-words">{lastSyncedAt ? when.format(new Date(lastSyncedAt)) : t('syncPanel.never')}</td>
          </tr>
          <tr>
            <th scope="row">{t('syncPanel.waiting')}</th>
            <td className="whole-words">{pending ?? '…'}</td>
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
function Devices({ connection, t, locale, base }: { connection: LrsConnection; t: T; locale: string; base: string }) {
  const when = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const [devices, setDevices] = useState<Device[]>([]);
  const [status, setStatus] = useState('');
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    listDevices(connection).then(setDevices, () => setDevices([]));
  }, [connection]);
  const added = (message: string) => {
    setAdding(false);
    setStatus(message);
    listDevices(connection).then(setDevices, () => {});
  };
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
      {adding ? (
        <AddDevice connection={connection} t={t} base={base} onDone={added} />
      ) : (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setStatus('');
            setAdding(true);
          }}
        >
          {t('pairing.add')}
        </button>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

/**
 * "Add a device" on an enrolled device: a short code and a QR code of the link carrying it; once a
 * new device has entered it, asks whether to allow that device, and allows or declines it.
 */
function AddDevice({
  connection,
  t,
  base,
  onDone,
}: {
  connection: LrsConnection;
  t: T;
  base: string;
  onDone: (message: string) => void;
}) {
  const [pairing, setPairing] = useState<Pairing | undefined>();
  const [qr, setQr] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    startPairing(connection).then(
      async (made) => {
        setPairing(made);
        const { pairingQr } = await import('../client/pairingQr');
        setQr(pairingQr(pairLink(new URL(base, location.origin).toString(), made.code!)));
      },
      (e: unknown) => setError(messageOf(e, t)),
    );
  }, [connection, base, t]);
  const id = pairing?.id;
  const state = pairing?.state;
  useEffect(() => {
    // Until a device enters the code, look every two seconds whether one has.
    if (id === undefined || state !== 'waiting') return;
    const timer = setInterval(() => {
      readPairing(connection, id).then(
        (now) => setPairing((was) => ({ ...now, code: was?.code })),
        () => {},
      );
    }, 2000);
    return () => clearInterval(timer);
  }, [connection, id, state]);
  useEffect(() => {
    if (state === 'expired') onDone(t('pairing.expired'));
  }, [state, onDone, t]);
  if (error) return <p className="error">{error}</p>;
  if (pairing === undefined) return null;
  if (pairing.state === 'claimed') {
    const device = pairing.device ?? '';
    return (
      <fieldset className="notice">
        <legend>
          <strong>{t('pairing.allowQuestion', { device })}</strong>
        </legend>
        <p>{t('pairing.allowIntro')}</p>
        <div className="actions-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              allowPairing(connection, pairing.id).then(
                () => onDone(t('pairing.allowed', { device })),
                (e: unknown) => setError(messageOf(e, t)),
              )
            }
          >
            {t('pairing.allow')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              declinePairing(connection, pairing.id).then(
                () => onDone(t('pairing.declined')),
                (e: unknown) => setError(messageOf(e, t)),
              )
            }
          >
            {t('pairing.decline')}
          </button>
        </div>
      </fieldset>
    );
  }
  return (
    <div className="pairing">
      <p>{t('pairing.intro')}</p>
      <p>
        {t('pairing.code')} <strong className="pairing-code">{pairing.code}</strong>
      </p>
      {qr && (
        <img
          className="pairing-qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`}
          alt={t('pairing.qr')}
          width={180}
          height={180}
        />
      )}
      <p className="muted">{t('pairing.waitingClaim')}</p>
    </div>
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
  pairCode,
}: {
  cohesionServer: boolean;
  t: T;
  base: string;
  inviteError: string | undefined;
  /** A pairing code from the link this page was opened with, claimed at once. */
  pairCode: string | undefined;
}) {
  const [codeError, setCodeError] = useState<string | undefined>(inviteError);
  const [awaitingAllow, setAwaitingAllow] = useState(false);
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
  /** A short code from the learner's enrolled device: claimed, then this device waits to be allowed there. */
  const pair = async (code: string) => {
    const token = await claimPairing(code);
    setAwaitingAllow(true);
    try {
      await connectSync(
        await waitForPairing(token, { declined: t('pairing.refused'), expired: t('pairing.codeExpired') }),
      );
    } finally {
      setAwaitingAllow(false);
    }
  };
  const connectWith = (code: string) => {
    setCodeError(undefined);
    void run(
      async () => {
        if (!code.trim()) throw new Error(t('syncPanel.enterCode'));
        if (isPairingCode(code)) await pair(code);
        else await connectSync(await redeemEnrolmentCode(code));
      },
      (error) => setCodeError(messageOf(error, t).replace(/^code: /, '')),
    );
  };
  const enrol = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    connectWith(String(new FormData(e.currentTarget).get('enrol-code') ?? ''));
  };
  const linked = useRef(false);
  useEffect(() => {
    if (pairCode === undefined || linked.current) return;
    linked.current = true;
    connectWith(pairCode);
  });
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
              hint={t('pairing.codeHint')}
              autoComplete="one-time-code"
              spellCheck={false}
            />
            {awaitingAllow && <p role="status">{t('pairing.waitingAllow')}</p>}
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
export default function SyncPanel({
  i18n,
  functions,
}: {
  i18n: IslandMessages<(typeof syncPanelMessages)[number]>;
  /** The job functions a learner may state (`content/functions.yaml`), named in the page's language; absent when none are listed. */
  functions?: ReadonlyArray<{ id: string; name: string }> | undefined;
}) {
  const t: T = useTranslator(i18n);
  const redeemed = useRef(false);
  const [actor, setActor] = useState<SyncActor | null>(null);
  const [cohesionServer, setCohesionServer] = useState<boolean | null>(null);
  const [invite, setInvite] = useState<{ code: string } | { error: string } | null>(null);
  const [pairCode, setPairCode] = useState<string | undefined>();
  useEffect(() => {
    // An invitation link carries its code in the fragment: take it and clear the address bar at once,
    // so it stays in neither the history nor a bookmark (a fragment never reaches the server or its log).
    const code = inviteCodeOf(location.hash);
    const paired = pairCodeOf(location.hash);
    if (code !== undefined || paired !== undefined)
      history.replaceState(history.state, '', location.pathname + location.search);
    if (code !== undefined) setInvite({ code });
    if (paired !== undefined) setPairCode(paired);
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
      {connection?.kind === 'cohesion' && (
        <Devices connection={connection} t={t} locale={i18n.locale} base={i18n.base} />
      )}
      {connection?.kind === 'cohesion' && functions !== undefined && functions.length > 0 && (
        <JobFunctionPicker connection={connection} functions={functions} t={t} />
      )}
      {!connected && (
        <ConnectForms
          cohesionServer={cohesionServer}
          t={t}
          base={i18n.base}
          inviteError={invite !== null && 'error' in invite ? invite.error : undefined}
          pairCode={pairCode}
        />
      )}
    </>
  );
}

/** What to do about a sync failure, in the page's language (a record saved by an older release may hold the words themselves). */
function adviceIn(t: T, advice: SyncAdvice | string): string {
  return (SYNC_ADVICE as readonly string[]).includes(advice) ? t(`syncError.${advice as SyncAdvice}`) : advice;
}
