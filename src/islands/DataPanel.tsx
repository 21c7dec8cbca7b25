import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import {
  countLocalData,
  exportLearnerData,
  importLearnerData,
  type LocalDataCounts,
  loadQuarantine,
  type QuarantinedStatement,
} from '../client/learnerStore';
import { type PersistenceState, persistenceState, requestPersistence } from '../client/requestPersistence';
import { parseLearnerDataFile } from '../lib/progress/learnerDataFile';

const bytes = new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "Your data": what this browser stores, how much room it takes, whether it is kept, export and import. */
export default function DataPanel() {
  const [counts, setCounts] = useState<LocalDataCounts | null>(null);
  const [refused, setRefused] = useState<QuarantinedStatement[]>([]);
  const [usage, setUsage] = useState<{ usage: number; quota: number } | null>(null);
  const [persisted, setPersisted] = useState<PersistenceState | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = async () => {
    setCounts(await countLocalData());
    setRefused(await loadQuarantine());
    const estimate = await navigator.storage?.estimate?.();
    if (estimate) setUsage({ usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 });
    setPersisted(await persistenceState());
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once on mount
  useEffect(() => {
    void refresh();
  }, []);

  const download = async () => {
    const data = await exportLearnerData();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `cohesion-data-${data.exportedAt.slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage({
      kind: 'ok',
      text: `Exported ${data.events.length} learning events and ${data.reflections.length} reflections.`,
    });
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseLearnerDataFile(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: parsed.error });
      return;
    }
    try {
      const s = await importLearnerData(parsed.data);
      setMessage({
        kind: 'ok',
        text: `Imported ${file.name}: ${s.eventsAdded} new learning events, ${s.reflectionsUpdated} reflections updated${s.regionUpdated ? ', region updated' : ''}${s.journeyRestored ? ', journey restored' : ''}. Exported ${when.format(new Date(parsed.data.exportedAt))}.`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: `The import failed and nothing was changed: ${(error as Error).message}` });
    }
    await refresh();
  };

  const keep = async () => {
    setPersisted(await requestPersistence());
  };

  return (
    <>
      <section aria-labelledby="stored">
        <h2 id="stored">What is stored in this browser</h2>
        {counts ? (
          <table>
            <caption className="visually-hidden">Learner data in this browser</caption>
            <tbody>
              <tr>
                <th scope="row">Learning events (xAPI statements)</th>
                <td>{counts.events}</td>
              </tr>
              <tr>
                <th scope="row">Events waiting to sync</th>
                <td>{counts.outbox}</td>
              </tr>
              <tr>
                <th scope="row">Reflections</th>
                <td>{counts.reflections}</td>
              </tr>
              <tr>
                <th scope="row">Journey</th>
                <td>{counts.journey ? 'saved' : 'not started'}</td>
              </tr>
              <tr>
                <th scope="row">Region</th>
                <td>{counts.region}</td>
              </tr>
              <tr>
                <th scope="row">Storage used by this site</th>
                <td>
                  {usage
                    ? `${bytes.format(usage.usage / 1000)} of ${bytes.format(usage.quota / 1000)} available`
                    : 'not reported by this browser'}
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p role="status">Reading your data…</p>
        )}
      </section>

      {refused.length > 0 && (
        <section aria-labelledby="refused">
          <h2 id="refused">Learning events refused from the server</h2>
          <p>
            The sync server sent {refused.length === 1 ? 'a learning event' : `${refused.length} learning events`} that
            could not be read. {refused.length === 1 ? 'It is' : 'They are'} kept here, apart from your progress, which{' '}
            {refused.length === 1 ? 'it does' : 'they do'} not change. Tell your COE lead: the server holds a damaged
            record.
          </p>
          <ul>
            {refused.map((q) => (
              <li key={q.key} style={{ overflowWrap: 'anywhere' }}>
                <code>{q.key}</code>, received {when.format(new Date(q.receivedAt))}: {q.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="kept">
        <h2 id="kept">Is it kept?</h2>
        {persisted === 'persisted' && (
          <p>
            Yes: this browser keeps Cohesion's data even when storage runs low. It is removed only if you clear it
            yourself.
          </p>
        )}
        {persisted === 'best-effort' && (
          <>
            <p>
              Not guaranteed: the browser may clear Cohesion's data when the device runs low on storage. Browsers grant
              permanent storage by their own rules (often to sites you use regularly or install), so a refusal is
              normal. Export your data from time to time, or install Cohesion as an app, to be safe.
            </p>
            <button className="button secondary" type="button" onClick={() => void keep()}>
              Ask to keep my data
            </button>
          </>
        )}
        {persisted === 'unsupported' && (
          <p>This browser does not say whether it keeps site data. Export your data from time to time to be safe.</p>
        )}
      </section>

      <section aria-labelledby="move">
        <h2 id="move">Export and import</h2>
        <p>
          Export everything as one JSON file, for a backup or to move to another device. Importing merges a file into
          what is here: nothing is lost or counted twice, and a file that is not a Cohesion export is refused without
          changing anything.
        </p>
        {/* The buttons appear once the island runs, so a click can never land before it can act. */}
        {counts && (
          <div className="actions-row">
            <button className="button" type="button" onClick={() => void download()}>
              Export my data
            </button>
            <button className="button secondary" type="button" onClick={() => fileInput.current?.click()}>
              Import a file
            </button>
            <input
              ref={fileInput}
              hidden
              type="file"
              aria-label="Learner data file to import"
              accept="application/json,.json"
              onChange={(e) => void upload(e)}
            />
          </div>
        )}
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : ''}>
            {message.text}
          </p>
        )}
      </section>
    </>
  );
}
