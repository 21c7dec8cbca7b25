import { type SubmitEvent, useEffect, useState } from 'react';
import { readLearnerFunction, stateLearnerFunction } from '../client/learnerFunction';
import type { Translate } from '../lib/i18n/createTranslator';
import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { FormEnd } from './FormEnd';
import { NamedOptions } from './NamedOptions';

/** The messages JobFunctionPicker shows (part of the sync page's). */
export const jobFunctionMessages = [
  'jobFunction.title',
  'jobFunction.intro',
  'jobFunction.label',
  'jobFunction.notStated',
  'jobFunction.fromInvitation',
  'jobFunction.save',
  'jobFunction.saved',
  'jobFunction.withdrawn',
] as const;

/**
 * The learner states or changes their own job function (from the curriculum's list, in the page's
 * language) with this device's credentials: the server keeps it for their account only, and the
 * programme evidence counts it, never by name, in its reach across functions.
 */
export function JobFunctionPicker({
  connection,
  functions,
  t,
}: {
  connection: LrsConnection;
  functions: ReadonlyArray<{ id: string; name: string }>;
  t: Translate<(typeof jobFunctionMessages)[number]>;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [fromInvitation, setFromInvitation] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    readLearnerFunction(connection).then(
      (known) => {
        setChosen(known.function ?? '');
        setFromInvitation(known.from === 'invitation');
      },
      (error: Error) => setStatus(error.message),
    );
  }, [connection]);

  const save = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const known = await stateLearnerFunction(connection, chosen ?? '');
      setChosen(known.function ?? '');
      setFromInvitation(known.from === 'invitation');
      const name = functions.find((f) => f.id === known.function)?.name;
      setStatus(
        known.from === 'stated' && name !== undefined ? t('jobFunction.saved', { name }) : t('jobFunction.withdrawn'),
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby="sync-function">
      <h2 id="sync-function">{t('jobFunction.title')}</h2>
      <p>{t('jobFunction.intro')}</p>
      <form className="stacked-form" onSubmit={(e) => void save(e)}>
        <label htmlFor="sync-function-choice">{t('jobFunction.label')}</label>
        <select
          id="sync-function-choice"
          value={chosen ?? ''}
          disabled={chosen === null}
          aria-describedby={fromInvitation ? 'sync-function-from' : undefined}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">{t('jobFunction.notStated')}</option>
          <NamedOptions items={functions} />
        </select>
        {fromInvitation && (
          <p className="muted" id="sync-function-from">
            {t('jobFunction.fromInvitation')}
          </p>
        )}
        <FormEnd disabled={chosen === null} label={t('jobFunction.save')} status={status} />
      </form>
    </section>
  );
}
