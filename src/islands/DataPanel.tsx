import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import {
  countLocalData,
  exportLearnerData,
  importLearnerData,
  type LocalDataCounts,
  loadQuarantine,
  type QuarantinedStatement,
} from '../client/learnerStore';
import { offerDownload } from '../client/offerDownload';
import { type PersistenceState, persistenceState, requestPersistence } from '../client/requestPersistence';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { parseLearnerDataFile } from '../lib/progress/learnerDataFile';

/** The messages DataPanel shows; the page passes exactly these. */
export const dataPanelMessages = [
  'dataPanel.exported',
  'dataPanel.imported',
  'dataPanel.importedRegion',
  'dataPanel.importedJourney',
  'dataPanel.importFailed',
  'dataPanel.stored',
  'dataPanel.caption',
  'dataPanel.events',
  'dataPanel.outbox',
  'dataPanel.reflections',
  'dataPanel.journey',
  'dataPanel.journeySaved',
  'dataPanel.journeyNone',
  'dataPanel.region',
  'dataPanel.storage',
  'dataPanel.storageOf',
  'dataPanel.storageUnknown',
  'dataPanel.reading',
  'dataPanel.refused',
  'dataPanel.refusedBody',
  'dataPanel.refusedItem',
  'dataPanel.kept',
  'dataPanel.persisted',
  'dataPanel.bestEffort',
  'dataPanel.askKeep',
  'dataPanel.unsupported',
  'dataPanel.move',
  'dataPanel.moveBody',
  'dataPanel.export',
  'dataPanel.import',
  'dataPanel.file',
] as const;

/** "Your data": what this browser stores, how much room it takes, whether it is kept, export and import. */
export default function DataPanel({ i18n }: { i18n: IslandMessages<(typeof dataPanelMessages)[number]> }) {
  const t = createTranslator(i18n.locale, i18n.messages);
  const bytes = new Intl.NumberFormat(i18n.locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const when = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' });
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
    offerDownload(
      JSON.stringify(data, null, 1),
      `cohesion-data-${data.exportedAt.slice(0, 10)}.json`,
      'application/json',
    );
    setMessage({
      kind: 'ok',
      text: t('dataPanel.exported', { events: data.events.length, reflections: data.reflections.length }),
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
        text: t('dataPanel.imported', {
          file: file.name,
          events: s.eventsAdded,
          reflections: s.reflectionsUpdated,
          region: s.regionUpdated ? t('dataPanel.importedRegion') : '',
          journey: s.journeyRestored ? t('dataPanel.importedJourney') : '',
          when: when.format(new Date(parsed.data.exportedAt)),
        }),
      });
    } catch (error) {
      setMessage({ kind: 'error', text: t('dataPanel.importFailed', { error: (error as Error).message }) });
    }
    await refresh();
  };

  const keep = async () => {
    setPersisted(await requestPersistence());
  };

  return (
    <>
      <section aria-labelledby="stored">
        <h2 id="stored">{t('dataPanel.stored')}</h2>
        {counts ? (
          <table>
            <caption className="visually-hidden">{t('dataPanel.caption')}</caption>
            <tbody>
              {(
                [
                  ['dataPanel.events', counts.events],
                  ['dataPanel.outbox', counts.outbox],
                  ['dataPanel.reflections', counts.reflections],
                  ['dataPanel.journey', counts.journey ? t('dataPanel.journeySaved') : t('dataPanel.journeyNone')],
                  ['dataPanel.region', counts.region],
                  [
                    'dataPanel.storage',
                    usage
                      ? t('dataPanel.storageOf', {
                          used: bytes.format(usage.usage / 1000),
                          quota: bytes.format(usage.quota / 1000),
                        })
                      : t('dataPanel.storageUnknown'),
                  ],
                ] as const
              ).map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{t(label)}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p role="status">{t('dataPanel.reading')}</p>
        )}
      </section>

      {refused.length > 0 && (
        <section aria-labelledby="refused">
          <h2 id="refused">{t('dataPanel.refused')}</h2>
          <p>{t('dataPanel.refusedBody', { count: refused.length })}</p>
          <ul>
            {refused.map((q) => (
              <li key={q.key} style={{ overflowWrap: 'anywhere' }}>
                <code>{q.key}</code>,{' '}
                {t('dataPanel.refusedItem', { when: when.format(new Date(q.receivedAt)), reason: q.reason })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="kept">
        <h2 id="kept">{t('dataPanel.kept')}</h2>
        {persisted === 'persisted' && <p>{t('dataPanel.persisted')}</p>}
        {persisted === 'best-effort' && (
          <>
            <p>{t('dataPanel.bestEffort')}</p>
            <button className="button secondary" type="button" onClick={() => void keep()}>
              {t('dataPanel.askKeep')}
            </button>
          </>
        )}
        {persisted === 'unsupported' && <p>{t('dataPanel.unsupported')}</p>}
      </section>

      <section aria-labelledby="move">
        <h2 id="move">{t('dataPanel.move')}</h2>
        <p>{t('dataPanel.moveBody')}</p>
        {/* The buttons appear once the island runs, so a click can never land before it can act. */}
        {counts && (
          <div className="actions-row">
            <button className="button" type="button" onClick={() => void download()}>
              {t('dataPanel.export')}
            </button>
            <button className="button secondary" type="button" onClick={() => fileInput.current?.click()}>
              {t('dataPanel.import')}
            </button>
            <input
              ref={fileInput}
              hidden
              type="file"
              aria-label={t('dataPanel.file')}
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
