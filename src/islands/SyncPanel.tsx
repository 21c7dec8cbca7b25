import { useSelector } from '@xstate/react';
import { type SubmitEvent, useEffect, useState } from 'react';
import { checkConnection, hasCohesionServer, redeemEnrolmentCode } from '../client/enrol';
import { watchPendingCount } from '../client/learnerStore';
import { connectSync, disconnectSync, getSyncEngine, type SyncActor } from '../client/syncEngine';
import { describeZodError } from '../lib/describeZodError';
import { createTranslator, type Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';
import { SYNC_ADVICE, type SyncAdvice, SyncError } from '../lib/sync/syncError';

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
] as const;

type T = Translate<(typeof syncPanelMessages)[number]>;

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
              {connection ? t('syncPanel.serverAs', { endpoint: connection.endpoint, who }) : t('syncPanel.none')}
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
      {lastReport?.notice && <p className="notice">{lastReport.notice}</p>}
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

function ConnectForms({ cohesionServer, t }: { cohesionServer: boolean; t: T }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage(
        error instanceof SyncError
          ? `${adviceIn(t, error.advice)} ${t('syncError.detail', { detail: error.message })}`
          : error instanceof Error
            ? error.message
            : String(error),
      );
    } finally {
      setBusy(false);
    }
  };
  const enrol = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '');
    void run(async () => {
      if (!code.trim()) throw new Error(t('syncPanel.enterCode'));
      await connectSync(await redeemEnrolmentCode(code));
    });
  };
  const manual = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run(async () => {
      const parsed = lrsConnectionSchema.safeParse({
        endpoint: form.get('endpoint'),
        username: form.get('username'),
        password: form.get('password'),
        agent: { objectType: 'Agent', mbox: `mailto:${String(form.get('email') ?? '').trim()}` },
        kind: 'lrs',
      });
      if (!parsed.success) throw new Error(describeZodError(parsed.error, 'connection'));
      await checkConnection(parsed.data);
      await connectSync(parsed.data);
    });
  };
  return (
    <>
      {cohesionServer && (
        <section aria-labelledby="enrol">
          <h2 id="enrol">{t('syncPanel.enrol')}</h2>
          <p>{t('syncPanel.enrolIntro')}</p>
          <form onSubmit={enrol}>
            <label htmlFor="enrol-code">{t('syncPanel.code')}</label>
            <input id="enrol-code" name="code" autoComplete="one-time-code" spellCheck={false} />
            <button className="button" type="submit" disabled={busy}>
              {t('syncPanel.connect')}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="other-lrs">
        <h2 id="other-lrs">{cohesionServer ? t('syncPanel.otherLrs') : t('syncPanel.lrs')}</h2>
        <p>{t('syncPanel.lrsIntro')}</p>
        <form onSubmit={manual} className="stacked-form">
          <label htmlFor="lrs-endpoint">{t('syncPanel.endpoint')}</label>
          <input id="lrs-endpoint" name="endpoint" type="url" placeholder="https://lrs.example.org/xapi/" required />
          <label htmlFor="lrs-username">{t('syncPanel.key')}</label>
          <input id="lrs-username" name="username" autoComplete="username" required />
          <label htmlFor="lrs-password">{t('syncPanel.secret')}</label>
          <input id="lrs-password" name="password" type="password" autoComplete="current-password" required />
          <label htmlFor="lrs-email">{t('syncPanel.email')}</label>
          <input id="lrs-email" name="email" type="email" autoComplete="email" required />
          <button className="button secondary" type="submit" disabled={busy}>
            {t('syncPanel.connect')}
          </button>
        </form>
      </section>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </>
  );
}

/** The sync settings page: connect (enrolment code or any LRS), status, sync now, disconnect. */
export default function SyncPanel({ i18n }: { i18n: IslandMessages<(typeof syncPanelMessages)[number]> }) {
  const t: T = createTranslator(i18n.locale, i18n.messages);
  const [actor, setActor] = useState<SyncActor | null>(null);
  const [cohesionServer, setCohesionServer] = useState<boolean | null>(null);
  useEffect(() => {
    void getSyncEngine().then(setActor);
    void hasCohesionServer().then(setCohesionServer);
  }, []);
  const connected = useSelector(actor ?? undefined, (s) => (s ? s.context.connection !== null : false));
  if (!actor || cohesionServer === null) return <p role="status">{t('syncPanel.reading')}</p>;
  return (
    <>
      <Status actor={actor} t={t} locale={i18n.locale} />
      {!connected && <ConnectForms cohesionServer={cohesionServer} t={t} />}
    </>
  );
}

/** What to do about a sync failure, in the page's language (a record saved by an older release may hold the words themselves). */
function adviceIn(t: T, advice: SyncAdvice | string): string {
  return (SYNC_ADVICE as readonly string[]).includes(advice) ? t(`syncError.${advice as SyncAdvice}`) : advice;
}
