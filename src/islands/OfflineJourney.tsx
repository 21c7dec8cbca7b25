import { useEffect, useState } from 'react';
import type { OfflineSaveProgress } from '../client/saveForOffline';
import type { Translate } from '../lib/i18n/createTranslator';
import type { OfflineSavePlan } from '../lib/offline/planOfflineSave';

/** The messages OfflineJourney shows (part of JourneyView's). */
export const offlineJourneyMessages = [
  'journeyView.offline.heading',
  'journeyView.offline.saving',
  'journeyView.offline.saved',
  'journeyView.offline.large',
  'journeyView.offline.save',
  'journeyView.offline.failed',
] as const;

type State =
  | { step: 'checking' }
  | { step: 'ask'; plan: OfflineSavePlan }
  | { step: 'saving'; progress: OfflineSaveProgress }
  | { step: 'saved'; failed: number; total: number };

// Loaded once a journey is planned, when it is saved: the manifest's validation (zod) is no part of the page's first paint.
const offlineSaving = () => import('../client/saveForOffline');
const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
    Math.max(bytes / 1_000_000, 0.1),
  );

/**
 * Saves every module of the learner's journey for offline use as soon as it is planned, through the service
 * worker, showing progress; a large download (over 5 MB) waits for the learner, who sees its size first.
 * Shows nothing where the site has no service worker or the plan cannot be checked (offline).
 */
export default function OfflineJourney({
  moduleIds,
  locale,
  t,
}: {
  moduleIds: readonly string[];
  locale: string;
  t: Translate<(typeof offlineJourneyMessages)[number]>;
}) {
  const [state, setState] = useState<State | null>({ step: 'checking' });
  const key = moduleIds.join(' ');

  const save = (plan: OfflineSavePlan) => {
    setState({ step: 'saving', progress: { done: 0, total: plan.urls.length, failed: 0 } });
    void offlineSaving()
      .then(({ saveForOffline }) => saveForOffline(plan.urls, (progress) => setState({ step: 'saving', progress })))
      .then(({ failed, total }) => setState({ step: 'saved', failed, total }));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-planned only when the journey's modules change (key)
  useEffect(() => {
    let current = true;
    void offlineSaving()
      .then(({ planJourneyOffline }) => planJourneyOffline(moduleIds))
      .then((plan) => {
        if (!current) return;
        if (!plan) setState(null);
        else if (plan.urls.length === 0) setState({ step: 'saved', failed: 0, total: 0 });
        else if (plan.large) setState({ step: 'ask', plan });
        else save(plan);
      });
    return () => {
      current = false;
    };
  }, [key]);

  if (!state || state.step === 'checking') return null;
  return (
    <section aria-labelledby="offline-heading">
      <h2 id="offline-heading">{t('journeyView.offline.heading')}</h2>
      {state.step === 'ask' && (
        <>
          <p>
            {t('journeyView.offline.large', {
              count: state.plan.modulesToSave.length,
              size: megabytes(state.plan.bytes, locale),
            })}
          </p>
          <button className="button secondary" type="button" onClick={() => save(state.plan)}>
            {t('journeyView.offline.save')}
          </button>
        </>
      )}
      {state.step === 'saving' && (
        <>
          <p id="offline-progress-label">
            {t('journeyView.offline.saving', { done: state.progress.done, total: state.progress.total })}
          </p>
          <progress
            max={Math.max(state.progress.total, 1)}
            value={state.progress.done}
            aria-labelledby="offline-progress-label"
          />
        </>
      )}
      <p role="status">
        {state.step === 'saved' &&
          (state.failed > 0
            ? t('journeyView.offline.failed', { failed: state.failed, total: state.total })
            : t('journeyView.offline.saved', { count: moduleIds.length }))}
      </p>
    </section>
  );
}
