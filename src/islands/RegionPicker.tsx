import { useEffect, useState } from 'react';
import { loadRegion, saveRegion } from '../client/learnerStore';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';

/** The messages RegionPicker shows; the page passes exactly these. */
export const regionPickerMessages = ['regionPicker.saved', 'regionPicker.notSaved', 'regionPicker.legend'] as const;

interface Props {
  regions: Array<{ id: string; name: string; summary: string }>;
  i18n: IslandMessages<(typeof regionPickerMessages)[number]>;
}

/** Lets the learner choose the region whose local notes they see first. */
export default function RegionPicker({ regions, i18n }: Props) {
  const t = createTranslator(i18n.locale, i18n.messages);
  const [region, setRegion] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadRegion().then(setRegion);
  }, []);

  const choose = (id: string) => {
    setRegion(id);
    saveRegion(id)
      .then(() => setStatus(t('regionPicker.saved', { name: regions.find((r) => r.id === id)?.name ?? id })))
      .catch(() => setStatus(t('regionPicker.notSaved')));
  };

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <fieldset className="region-picker">
        <legend>{t('regionPicker.legend')}</legend>
        {regions.map((r) => (
          <div className="card" key={r.id}>
            <label>
              <input
                type="radio"
                name="region"
                value={r.id}
                checked={region === r.id}
                disabled={region === undefined}
                onChange={() => choose(r.id)}
              />{' '}
              <strong>{r.name}</strong>
            </label>
            <p className="muted">{r.summary}</p>
          </div>
        ))}
      </fieldset>
      <p role="status">{status}</p>
    </form>
  );
}
