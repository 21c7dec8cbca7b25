import { type FormEvent, useEffect, useState } from 'react';
import { type WorkforceReport, workforceReportSchema } from '../lib/workforce/workforceReportSchema';
import WorkforceTables from './WorkforceTables';

/** Asks the server not to send a Basic challenge on 401, so the browser shows no sign-in dialog of its own. */
const headers = (auth: string) => ({ Authorization: auth, 'X-Requested-With': 'XMLHttpRequest' });

/** sessionStorage key of the lead's Authorization header: gone when the tab closes. */
const AUTH_KEY = 'cohesion.workforce.authorization';

type Phase =
  | { kind: 'probing' }
  | { kind: 'no-server' }
  | { kind: 'signed-out'; error?: string }
  | { kind: 'signed-in'; auth: string };

const query = (region: string, path: string) => {
  const params = new URLSearchParams();
  if (region !== '') params.set('region', region);
  if (path !== '') params.set('path', path);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

/** Asks the server for the report; the server's own message when it refuses. */
async function fetchReport(
  auth: string,
  search: string,
): Promise<{ ok: true; report: WorkforceReport } | { ok: false; status: number; message: string }> {
  const response = await fetch(`/api/workforce${search}`, { headers: headers(auth) });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { message?: string } | undefined)?.message ?? `The server answered ${response.status}.`;
    return { ok: false, status: response.status, message };
  }
  return { ok: true, report: workforceReportSchema.parse(body) };
}

/** The workforce view for COE leads: sign in to Cohesion's server, filter, read the tables, download CSV. */
export default function WorkforceView() {
  const [phase, setPhase] = useState<Phase>({ kind: 'probing' });
  const [region, setRegion] = useState('');
  const [path, setPath] = useState('');
  const [report, setReport] = useState<WorkforceReport | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // Cohesion's server answers /xapi/about without credentials; static hosting has no such resource.
    fetch('/xapi/about')
      .then(
        async (r) =>
          r.ok && Array.isArray(((await r.json().catch(() => null)) as { version?: unknown } | null)?.version),
      )
      .catch(() => false)
      .then((hasServer) => {
        const stored = sessionStorage.getItem(AUTH_KEY);
        setPhase(
          !hasServer
            ? { kind: 'no-server' }
            : stored === null
              ? { kind: 'signed-out' }
              : { kind: 'signed-in', auth: stored },
        );
      });
  }, []);

  useEffect(() => {
    if (phase.kind !== 'signed-in') return;
    let current = true;
    setStatus('Loading workforce figures…');
    void fetchReport(phase.auth, query(region, path)).then((result) => {
      if (!current) return;
      if (result.ok) {
        setReport(result.report);
        setStatus(result.report.reason ?? `Showing ${result.report.population.count} learners.`);
      } else if (result.status === 401 || result.status === 403) {
        sessionStorage.removeItem(AUTH_KEY);
        setPhase({
          kind: 'signed-out',
          error: result.status === 401 ? 'The user name or password was not accepted.' : result.message,
        });
      } else setStatus(`Could not load workforce figures: ${result.message}`);
    });
    return () => {
      current = false;
    };
  }, [phase, region, path]);

  const signIn = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const pair = new TextEncoder().encode(`${String(form.get('username'))}:${String(form.get('password'))}`);
    const auth = `Basic ${btoa(String.fromCharCode(...pair))}`;
    sessionStorage.setItem(AUTH_KEY, auth);
    setPhase({ kind: 'signed-in', auth });
  };

  const signOut = () => {
    sessionStorage.removeItem(AUTH_KEY);
    setReport(null);
    setStatus('Signed out.');
    setPhase({ kind: 'signed-out' });
  };

  const download = async () => {
    if (phase.kind !== 'signed-in') return;
    const response = await fetch(`/api/workforce.csv${query(region, path)}`, { headers: headers(phase.auth) });
    if (!response.ok) {
      setStatus(`Could not download the CSV: the server answered ${response.status}.`);
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'workforce.csv';
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  };

  if (phase.kind === 'probing') return <p role="status">Looking for Cohesion's server…</p>;
  if (phase.kind === 'no-server') {
    return (
      <p role="status">
        Workforce figures need Cohesion's server: this copy of the site is served without it, so there are no synced
        learners to count. Open the coverage pages on your organisation's Cohesion server.
      </p>
    );
  }
  if (phase.kind === 'signed-out') {
    return (
      <form className="stacked-form workforce-sign-in" onSubmit={signIn} aria-labelledby="wf-sign-in">
        <h2 id="wf-sign-in">Sign in as a COE lead</h2>
        {phase.error !== undefined && <p role="alert">{phase.error}</p>}
        <label htmlFor="wf-username">User name</label>
        <input id="wf-username" name="username" autoComplete="username" required />
        <label htmlFor="wf-password">Password</label>
        <input id="wf-password" name="password" type="password" autoComplete="current-password" required />
        <p className="muted">
          Your credentials stay in this tab only (session storage) and are sent only to this server.
        </p>
        <button className="button" type="submit">
          Sign in
        </button>
        <p role="status">{status}</p>
      </form>
    );
  }

  const options = report?.options;
  return (
    <div className="workforce">
      <div className="workforce-filters">
        <label>
          Region
          <select value={region} onChange={(e) => setRegion(e.target.value)}>
            <option value="">All regions</option>
            {options?.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.reportable ? r.name : `${r.name} (too few learners to show)`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Learning path
          <select value={path} onChange={(e) => setPath(e.target.value)}>
            <option value="">All paths</option>
            {options?.paths.map((p) => (
              <option key={p.id} value={p.id}>
                {p.reportable ? p.name : `${p.name} (too few learners to show)`}
              </option>
            ))}
          </select>
        </label>
        <button className="button secondary" type="button" onClick={() => void download()}>
          Download CSV
        </button>
        <button className="button secondary" type="button" onClick={signOut}>
          Sign out
        </button>
      </div>
      <p role="status" className="workforce-status">
        {status}
      </p>
      {report !== null && (
        <>
          <p className="muted">
            Groups of fewer than {report.minGroup} learners are hidden, and so is any figure that would let one be
            worked out, so no individual can be singled out. “Hidden” marks a figure withheld for that reason.
          </p>
          <WorkforceTables report={report} />
        </>
      )}
    </div>
  );
}
