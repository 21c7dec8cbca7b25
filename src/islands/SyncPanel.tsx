import { useSelector } from '@xstate/react';
import { type SubmitEvent, useEffect, useState } from 'react';
import { checkConnection, hasCohesionServer, redeemEnrolmentCode } from '../client/enrol';
import { watchPendingCount } from '../client/learnerStore';
import { connectSync, disconnectSync, getSyncEngine, type SyncActor } from '../client/syncEngine';
import { describeZodError } from '../lib/describeZodError';
import { lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';
import { SyncError } from '../lib/sync/syncError';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

const STATE_TEXT: Record<string, string> = {
  starting: 'Starting…',
  disconnected: 'Not connected. Your progress stays in this browser.',
  idle: 'Up to date.',
  syncing: 'Syncing…',
  offline: 'Offline: your progress is kept here and will be sent when you are back online.',
  waiting: 'The server cannot be reached right now: your progress is queued here and will be sent automatically.',
  needsAction: 'Sync has stopped and needs you.',
};

function Status({ actor }: { actor: SyncActor }) {
  const state = useSelector(actor, (s) => String(s.value));
  const { connection, lastSyncedAt, lastReport, error } = useSelector(actor, (s) => s.context);
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => watchPendingCount(setPending), []);
  const agent = connection?.agent;
  const who = agent ? ('mbox' in agent ? agent.mbox.replace(/^mailto:/, '') : agent.account.name) : '';
  return (
    <section aria-labelledby="sync-status">
      <h2 id="sync-status">Status</h2>
      <p role="status">{STATE_TEXT[state] ?? state}</p>
      <table>
        <caption className="visually-hidden">Sync status</caption>
        <tbody>
          <tr>
            <th scope="row">Server</th>
            <td>{connection ? `${connection.endpoint} (as ${who})` : 'none'}</td>
          </tr>
          <tr>
            <th scope="row">Last synced</th>
            <td>{lastSyncedAt ? when.format(new Date(lastSyncedAt)) : 'never'}</td>
          </tr>
          <tr>
            <th scope="row">Learning events waiting to be sent</th>
            <td>{pending ?? '…'}</td>
          </tr>
        </tbody>
      </table>
      {error && (
        <div className={state === 'needsAction' ? 'notice' : ''} role={state === 'needsAction' ? 'alert' : undefined}>
          <p>
            <strong>{error.message}</strong>
          </p>
          <p>{error.advice}</p>
        </div>
      )}
      {lastReport?.notice && <p className="notice">{lastReport.notice}</p>}
      {connection && (
        <div className="actions-row">
          <button type="button" className="button" onClick={() => actor.send({ type: 'sync.request' })}>
            Sync now
          </button>
          <button type="button" className="button secondary" onClick={() => void disconnectSync()}>
            Disconnect
          </button>
        </div>
      )}
    </section>
  );
}

function ConnectForms({ cohesionServer }: { cohesionServer: boolean }) {
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
          ? `${error.message}. ${error.advice}`
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
      if (!code.trim()) throw new Error('Enter the enrolment code your COE lead gave you.');
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
          <h2 id="enrol">Connect with an enrolment code</h2>
          <p>
            Your COE lead gives you a one-time code. It connects this browser to Cohesion's server, so your progress
            follows you to your other devices.
          </p>
          <form onSubmit={enrol}>
            <label htmlFor="enrol-code">Enrolment code</label>
            <input id="enrol-code" name="code" autoComplete="one-time-code" spellCheck={false} />
            <button className="button" type="submit" disabled={busy}>
              Connect
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="other-lrs">
        <h2 id="other-lrs">
          {cohesionServer ? 'Or connect to another Learning Record Store' : 'Connect to a Learning Record Store'}
        </h2>
        <p>Any xAPI Learning Record Store your organisation uses works, with the key and secret it gives you.</p>
        <form onSubmit={manual} className="stacked-form">
          <label htmlFor="lrs-endpoint">xAPI endpoint</label>
          <input id="lrs-endpoint" name="endpoint" type="url" placeholder="https://lrs.example.org/xapi/" required />
          <label htmlFor="lrs-username">Key</label>
          <input id="lrs-username" name="username" autoComplete="username" required />
          <label htmlFor="lrs-password">Secret</label>
          <input id="lrs-password" name="password" type="password" autoComplete="current-password" required />
          <label htmlFor="lrs-email">Your email address, as the LRS knows you</label>
          <input id="lrs-email" name="email" type="email" autoComplete="email" required />
          <button className="button secondary" type="submit" disabled={busy}>
            Connect
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
export default function SyncPanel() {
  const [actor, setActor] = useState<SyncActor | null>(null);
  const [cohesionServer, setCohesionServer] = useState<boolean | null>(null);
  useEffect(() => {
    void getSyncEngine().then(setActor);
    void hasCohesionServer().then(setCohesionServer);
  }, []);
  const connected = useSelector(actor ?? undefined, (s) => (s ? s.context.connection !== null : false));
  if (!actor || cohesionServer === null) return <p role="status">Reading your sync settings…</p>;
  return (
    <>
      <Status actor={actor} />
      {!connected && <ConnectForms cohesionServer={cohesionServer} />}
    </>
  );
}
