import { useEffect, useState } from 'react';
import { loadRegion, saveRegion } from '../client/learnerStore';

interface Props {
  regions: Array<{ id: string; name: string; summary: string }>;
}

/** Lets the learner choose the region whose local notes they see first. */
export default function RegionPicker({ regions }: Props) {
  const [region, setRegion] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadRegion().then(setRegion);
  }, []);

  const choose = (id: string) => {
    setRegion(id);
    saveRegion(id)
      .then(() => setStatus(`Saved: local notes for ${regions.find((r) => r.id === id)?.name ?? id} now come first.`))
      .catch(() => setStatus('Could not save your choice: this browser is not keeping site data.'));
  };

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <fieldset className="region-picker">
        <legend>Where do you work?</legend>
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
