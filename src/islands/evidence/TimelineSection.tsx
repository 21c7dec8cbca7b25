import { type SubmitEvent, useState } from 'react';
import { ApiError, addProgrammeEvent, deleteProgrammeEvent } from '../../client/accountApi';
import type { EvidenceReport } from '../../lib/evidence/evidenceReportSchema';
import { programmeEventKindSchema, programmeEventSchema } from '../../lib/evidence/programmeEventSchema';
import type { EvidenceFormat } from './EvidenceFormat';

type EventField = 'date' | 'kind' | 'label';

/** The programme timeline: the events of the report's months, each deletable, and a form to mark a new one. */
export function TimelineSection({
  report,
  format,
  onChange,
}: {
  report: EvidenceReport;
  format: EvidenceFormat;
  /** Called once an event was added or deleted, so the report is read again. */
  onChange: () => void;
}) {
  const { t } = format;
  const [errors, setErrors] = useState<Partial<Record<EventField | 'form', string>>>({});
  const [status, setStatus] = useState('');

  const addEvent = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<EventField, string>;
    const parsed = programmeEventSchema.safeParse(data);
    if (!parsed.success) {
      const found: Partial<Record<EventField, string>> = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as EventField] ??= issue.message;
      setErrors(found);
      return;
    }
    try {
      await addProgrammeEvent(parsed.data);
      setErrors({});
      setStatus(t('evidenceView.eventAdded', { label: parsed.data.label }));
      form.reset();
      onChange();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof ApiError ? error.field : undefined;
      setErrors(field === 'date' || field === 'kind' || field === 'label' ? { [field]: message } : { form: message });
    }
  };

  const removeEvent = async (id: string, label: string) => {
    try {
      await deleteProgrammeEvent(id);
      setStatus(t('evidenceView.eventDeleted', { label }));
      onChange();
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  };

  const error = (field: EventField | 'form') =>
    errors[field] === undefined ? null : (
      <p className="field-error" id={`ev-${field}-error`} role="alert">
        {errors[field]}
      </p>
    );
  const describedBy = (field: EventField) => (errors[field] === undefined ? undefined : `ev-${field}-error`);

  return (
    <section aria-labelledby="ev-timeline" className="evidence-timeline">
      <h3 id="ev-timeline">{t('evidenceView.timeline')}</h3>
      {report.events.length === 0 ? (
        <p>{t('evidenceView.noEvents')}</p>
      ) : (
        <ul>
          {report.events.map((e) => (
            <li key={e.id ?? `${e.date}-${e.label}`}>
              {e.date} · {t(`evidenceView.kind.${e.kind}`)} · {e.label}{' '}
              {e.id !== undefined && (
                <button className="button secondary" type="button" onClick={() => void removeEvent(e.id!, e.label)}>
                  {t('evidenceView.deleteEvent', { label: e.label })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="stacked-form evidence-event-form" onSubmit={(e) => void addEvent(e)} noValidate>
        <label htmlFor="ev-date">{t('evidenceView.date')}</label>
        <input id="ev-date" name="date" type="date" aria-describedby={describedBy('date')} required />
        {error('date')}
        <label htmlFor="ev-kind">{t('evidenceView.kind')}</label>
        <select id="ev-kind" name="kind" aria-describedby={describedBy('kind')}>
          {programmeEventKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`evidenceView.kind.${kind}`)}
            </option>
          ))}
        </select>
        {error('kind')}
        <label htmlFor="ev-label">{t('evidenceView.label')}</label>
        <input id="ev-label" name="label" maxLength={120} aria-describedby={describedBy('label')} required />
        {error('label')}
        {error('form')}
        <button className="button" type="submit">
          {t('evidenceView.addEvent')}
        </button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}
