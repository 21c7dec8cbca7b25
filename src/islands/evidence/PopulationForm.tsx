import { type SubmitEvent, useEffect, useState } from 'react';
import { readPopulation, savePopulation } from '../../client/accountApi';
import {
  type PopulationDimension,
  type PopulationEntry,
  type PopulationSizes,
  populationEntrySchema,
} from '../../lib/evidence/populationSizesSchema';
import { FormEnd } from '../FormEnd';
import type { EvidenceFormat } from './EvidenceFormat';

type Named = { id: string; name: string };
/** A field's key: its dimension and id. */
const keyOf = (dimension: PopulationDimension, id: string) => `${dimension}:${id}`;

/** The form's text per field: each stored size, blank where none is entered. */
function fieldValues(sizes: PopulationSizes): Record<string, string> {
  const values: Record<string, string> = {};
  for (const r of sizes.regions) values[keyOf('region', r.id)] = r.size === null ? '' : String(r.size);
  for (const f of sizes.functions) values[keyOf('function', f.id)] = f.size === null ? '' : String(f.size);
  return values;
}

/**
 * The population a lead enters per region and per function (blank: none), saved to the server, which
 * records each change with who made it and when; the history of changes below it.
 */
export function PopulationForm({
  regions,
  functions,
  format,
  onChange,
}: {
  regions: readonly Named[];
  functions: readonly Named[];
  format: EvidenceFormat;
  /** Called once sizes were saved, so the report is read again. */
  onChange: () => void;
}) {
  const { t } = format;
  const [stored, setStored] = useState<PopulationSizes | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const show = (sizes: PopulationSizes) => {
    setStored(sizes);
    setValues(fieldValues(sizes));
  };
  useEffect(() => {
    readPopulation().then(
      (sizes) => {
        setStored(sizes);
        // What the lead typed before the stored sizes arrived stays: only untouched fields take the stored value.
        setValues((typed) => ({ ...fieldValues(sizes), ...typed }));
      },
      (error: Error) => setStatus(error.message),
    );
  }, []);

  const storedSize = (dimension: PopulationDimension, id: string) =>
    (dimension === 'region' ? stored?.regions : stored?.functions)?.find((x) => x.id === id)?.size ?? null;

  const save = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const sizes: PopulationEntry[] = [];
    const fields = [
      ...regions.map((r) => ['region', r.id] as const),
      ...functions.map((f) => ['function', f.id] as const),
    ];
    for (const [dimension, id] of fields) {
      const text = (values[keyOf(dimension, id)] ?? '').trim();
      const size = text === '' ? null : /^\d+$/.test(text) ? Number(text) : Number.NaN;
      const parsed = populationEntrySchema.safeParse({ dimension, id, size: Number.isNaN(size) ? text : size });
      if (!parsed.success) found[keyOf(dimension, id)] = t('evidenceView.population.notWhole');
      else if (parsed.data.size !== storedSize(dimension, id)) sizes.push(parsed.data);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus('');
    if (sizes.length === 0) return setStatus(t('evidenceView.population.unchanged'));
    try {
      show(await savePopulation(sizes));
      setStatus(t('evidenceView.population.saved', { count: sizes.length }));
      onChange();
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const field = (dimension: PopulationDimension, { id, name }: Named) => {
    const key = keyOf(dimension, id);
    const inputId = `ev-pop-${dimension}-${id}`;
    return (
      <div key={key} className="evidence-population-field">
        <label htmlFor={inputId}>{name}</label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={values[key] ?? ''}
          aria-describedby={errors[key] === undefined ? undefined : `${inputId}-error`}
          aria-invalid={errors[key] === undefined ? undefined : true}
          onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
        />
        {errors[key] !== undefined && (
          <p className="field-error" id={`${inputId}-error`} role="alert">
            {errors[key]}
          </p>
        )}
      </div>
    );
  };
  const nameOf = (dimension: PopulationDimension, id: string) =>
    (dimension === 'region' ? regions : functions).find((x) => x.id === id)?.name ?? id;

  return (
    <section aria-labelledby="ev-population" className="evidence-population">
      <h3 id="ev-population">{t('evidenceView.population.title')}</h3>
      <p>{t('evidenceView.population.intro')}</p>
      <form className="evidence-population-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>{t('evidenceView.population.regions')}</legend>
          {regions.map((r) => field('region', r))}
        </fieldset>
        {functions.length > 0 && (
          <fieldset>
            <legend>{t('evidenceView.population.functions')}</legend>
            {functions.map((f) => field('function', f))}
          </fieldset>
        )}
        <FormEnd disabled={stored === null} label={t('evidenceView.population.save')} status={status} />
      </form>
      <details className="evidence-population-history">
        <summary>{t('evidenceView.population.history')}</summary>
        {stored === null || stored.changes.length === 0 ? (
          <p>{t('evidenceView.population.noHistory')}</p>
        ) : (
          <ul>
            {stored.changes.map((c) => {
              const params = {
                when: format.when.format(new Date(c.changedAt)),
                who: c.changedBy,
                name: nameOf(c.dimension, c.id),
              };
              return (
                <li key={`${c.changedAt}-${c.dimension}-${c.id}`}>
                  {c.size === null
                    ? t('evidenceView.population.cleared', params)
                    : t('evidenceView.population.changed', { ...params, size: format.number.format(c.size) })}
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </section>
  );
}
