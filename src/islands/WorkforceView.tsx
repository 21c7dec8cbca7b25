import { type FormEvent, useEffect, useState } from 'react';
import { signOut as endSession, readSession } from '../client/accountApi';
import { hasCohesionServer } from '../client/hasCohesionServer';
import { offerDownload } from '../client/offerDownload';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { nameReport, type WorkforceNames } from '../lib/workforce/nameReport';
import { type WorkforceReport, workforceReportSchema } from '../lib/workforce/workforceReportSchema';
import { FilterSelect } from './FilterSelect';
import { useTranslator } from './useTranslator';
import WorkforceTables, { workforceTablesMessages } from './WorkforceTables';

/** The messages WorkforceView (and its tables) shows; the page passes exactly these. */
export const workforceViewMessages = [
  'workforceView.serverAnswered',
  'workforceView.loading',
  'workforceView.showing',
  'workforceView.rejected',
  'workforceView.loadFailed',
  'workforceView.signedOut',
  'workforceView.csvFailed',
  'workforceView.probing',
  'workforceView.noServer',
  'workforceView.signIn',
  'workforceView.username',
  'workforceView.password',
  'workforceView.credentials',
  'workforceView.signInButton',
  'workforceView.region',
  'workforceView.allRegions',
  'workforceView.tooFew',
  'workforceView.path',
  'workforceView.allPaths',
  'workforceView.csv',
  'workforceView.signOut',
  'workforceView.hidden',
  'workforceView.hiddenRegion',
  'workforceView.hiddenPath',
  'workforceView.hiddenBoth',
  'workforceView.hiddenSelection',
  ...workforceTablesMessages,
] as const;

/** Asks the server not to send a Basic challenge on 401, so the browser shows no sign-in dialog of its own. */
const headers = (auth: string): Record<string, string> =>
  // No Authorization: the browser's session cookie (signed in on the account page) speaks for the lead.
  auth === ''
    ? { 'X-Requested-With': 'XMLHttpRequest' }
    : { Authorization: auth, 'X-Requested-With': 'XMLHttpRequest' };

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
  answered: (status: number) => string,
): Promise<{ ok: true; report: WorkforceReport } | { ok: false; status: number; message: string }> {
  const response = await fetch(`/api/workforce${search}`, { headers: headers(auth) });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = (body as { message?: string } | undefined)?.message ?? answered(response.status);
    return { ok: false, status: response.status, message };
  }
  return { ok: true, report: workforceReportSchema.parse(body) };
}

type T = Translate<(typeof workforceViewMessages)[number]>;

/** Why a report's figures are all hidden, in the page's words (the server's `reason` is in the curriculum's language). */
function hiddenBecause(report: WorkforceReport, t: T): string {
  const { region, path } = report.filter;
  const count = report.minGroup;
  const regionName = report.options.regions.find((r) => r.id === region)?.name ?? region ?? '';
  const pathName = report.options.paths.find((p) => p.id === path)?.name ?? path ?? '';
  const regionShown = report.options.regions.find((r) => r.id === region)?.reportable === true;
  if (region !== null && (path === null || !regionShown))
    return t('workforceView.hiddenRegion', { name: regionName, count });
  if (path !== null && region === null) return t('workforceView.hiddenPath', { name: pathName, count });
  if (region !== null && path !== null)
    return t('workforceView.hiddenBoth', { path: pathName, name: regionName, count });
  return t('workforceView.hiddenSelection', { count });
}

/**
 * The workforce view for COE leads: sign in to Cohesion's server, filter, read the tables, download CSV.
 * `names` are the page's words for the competencies, levels, regions and paths the report names by id.
 */
export default function WorkforceView({
  i18n,
  names,
}: {
  i18n: IslandMessages<(typeof workforceViewMessages)[number]>;
  names?: WorkforceNames;
}) {
  // One translator per set of messages, so the report effect does not rerun on every render.
  const t = useTranslator(i18n);
  const [phase, setPhase] = useState<Phase>({ kind: 'probing' });
  const [region, setRegion] = useState('');
  const [path, setPath] = useState('');
  const [report, setReport] = useState<WorkforceReport | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void hasCohesionServer().then(async (hasServer) => {
      const stored = sessionStorage.getItem(AUTH_KEY);
      const session = hasServer && stored === null ? await readSession().catch(() => null) : null;
      setPhase(
        !hasServer
          ? { kind: 'no-server' }
          : stored !== null
            ? { kind: 'signed-in', auth: stored }
            : session?.user
              ? { kind: 'signed-in', auth: '' }
              : { kind: 'signed-out' },
      );
    });
  }, []);

  useEffect(() => {
    if (phase.kind !== 'signed-in') return;
    let current = true;
    setStatus(t('workforceView.loading'));
    void fetchReport(phase.auth, query(region, path), (status) => t('workforceView.serverAnswered', { status })).then(
      (result) => {
        if (!current) return;
        if (result.ok) {
          const named = names ? nameReport(result.report, names) : result.report;
          setReport(named);
          setStatus(
            named.reason === null
              ? t('workforceView.showing', { count: named.population.count ?? 0 })
              : hiddenBecause(named, t),
          );
        } else if (result.status === 401 || result.status === 403) {
          sessionStorage.removeItem(AUTH_KEY);
          setPhase({
            kind: 'signed-out',
            error: result.status === 401 ? t('workforceView.rejected') : result.message,
          });
        } else setStatus(t('workforceView.loadFailed', { message: result.message }));
      },
    );
    return () => {
      current = false;
    };
  }, [phase, region, path, t, names]);

  const signIn = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const pair = new TextEncoder().encode(`${String(form.get('username'))}:${String(form.get('password'))}`);
    const auth = `Basic ${btoa(String.fromCharCode(...pair))}`;
    sessionStorage.setItem(AUTH_KEY, auth);
    setPhase({ kind: 'signed-in', auth });
  };

  const signOut = () => {
    if (phase.kind === 'signed-in' && phase.auth === '') void endSession();
    sessionStorage.removeItem(AUTH_KEY);
    setReport(null);
    setStatus(t('workforceView.signedOut'));
    setPhase({ kind: 'signed-out' });
  };

  const download = async () => {
    if (phase.kind !== 'signed-in') return;
    const response = await fetch(`/api/workforce.csv${query(region, path)}`, { headers: headers(phase.auth) });
    if (!response.ok) {
      setStatus(t('workforceView.csvFailed', { status: response.status }));
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'workforce.csv';
    offerDownload(await response.blob(), name);
  };

  if (phase.kind === 'probing') return <p role="status">{t('workforceView.probing')}</p>;
  if (phase.kind === 'no-server') {
    return <p role="status">{t('workforceView.noServer')}</p>;
  }
  if (phase.kind === 'signed-out') {
    return (
      <form className="stacked-form workforce-sign-in" onSubmit={signIn} aria-labelledby="wf-sign-in">
        <h2 id="wf-sign-in">{t('workforceView.signIn')}</h2>
        {phase.error !== undefined && <p role="alert">{phase.error}</p>}
        <label htmlFor="wf-username">{t('workforceView.username')}</label>
        <input id="wf-username" name="username" autoComplete="username" required />
        <label htmlFor="wf-password">{t('workforceView.password')}</label>
        <input id="wf-password" name="password" type="password" autoComplete="current-password" required />
        <p className="muted">{t('workforceView.credentials')}</p>
        <button className="button" type="submit">
          {t('workforceView.signInButton')}
        </button>
        <p role="status">{status}</p>
      </form>
    );
  }

  const options = report?.options;
  /** A filter's choices; one with too few learners to report says so. */
  const reportable = (items: ReadonlyArray<{ id: string; name: string; reportable: boolean }>) =>
    items.map((i) => ({ value: i.id, label: i.reportable ? i.name : t('workforceView.tooFew', { name: i.name }) }));

  return (
    <div className="workforce">
      <div className="workforce-filters">
        {(
          [
            {
              key: 'region',
              value: region,
              set: setRegion,
              blank: 'workforceView.allRegions',
              items: options?.regions,
            },
            { key: 'path', value: path, set: setPath, blank: 'workforceView.allPaths', items: options?.paths },
          ] as const
        ).map((filter) => (
          <FilterSelect
            key={filter.key}
            label={t(`workforceView.${filter.key}`)}
            value={filter.value}
            blank={t(filter.blank)}
            options={reportable(filter.items ?? [])}
            onChange={filter.set}
          />
        ))}
        <button className="button secondary" type="button" onClick={() => void download()}>
          {t('workforceView.csv')}
        </button>
        <button className="button secondary" type="button" onClick={signOut}>
          {t('workforceView.signOut')}
        </button>
      </div>
      <p role="status" className="workforce-status">
        {status}
      </p>
      {report !== null && (
        <>
          <p className="muted">{t('workforceView.hidden', { count: report.minGroup })}</p>
          <WorkforceTables report={report} t={t} locale={i18n.locale} />
        </>
      )}
    </div>
  );
}
