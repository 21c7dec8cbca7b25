import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { CaseFields } from '../client/shareCase';
import { keepCaseDraft, openCaseDraft } from '../client/shareCase';
import type { CaseVocabulary } from '../data/caseVocabulary';
import type { CasePatterns } from '../lib/cases/casePatternsSchema';
import { detectPersonalData, type PersonalDataFinding } from '../lib/cases/detectPersonalData';
import { fieldCaseSchema } from '../lib/cases/fieldCaseSchema';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { CaseArticle, caseArticleMessages } from './CaseArticle';
import { FormField } from './FormField';
import { LevelOptions } from './LevelOptions';
import { NamedOptions } from './NamedOptions';
import { useTranslator } from './useTranslator';

/** The messages ShareCaseForm shows; the page passes exactly these. */
export const shareCaseFormMessages = [
  ...caseArticleMessages,
  'shareCase.loading',
  'shareCase.title',
  'shareCase.situation',
  'shareCase.situationHint',
  'shareCase.action',
  'shareCase.actionHint',
  'shareCase.result',
  'shareCase.resultHint',
  'shareCase.reuse',
  'shareCase.reuseHint',
  'shareCase.markdownHint',
  'shareCase.competencies',
  'shareCase.competency',
  'shareCase.level',
  'shareCase.chooseCompetency',
  'shareCase.addCompetency',
  'shareCase.removeCompetency',
  'shareCase.region',
  'shareCase.accountKind',
  'shareCase.function',
  'shareCase.none',
  'shareCase.showName',
  'shareCase.authorName',
  'shareCase.warnings',
  'shareCase.warning.email',
  'shareCase.warning.phone',
  'shareCase.warning.name',
  'shareCase.warning.pattern',
  'shareCase.acknowledge',
  'shareCase.mustAcknowledge',
  'shareCase.saveDraft',
  'shareCase.submit',
  'shareCase.saved',
  'shareCase.queued',
  'shareCase.refused',
  'shareCase.fixErrors',
  'shareCase.preview',
  'shareCase.previewEmpty',
  'shareCase.notSaved',
  'shareCase.follow',
] as const;
type Id = (typeof shareCaseFormMessages)[number];

const TEXT_FIELDS = ['situation', 'action', 'result', 'reuse'] as const;

/** The first error message per field path ("title", "competencies", "authorName"…) of a failed parse. */
function fieldErrors(fields: CaseFields, id: string): Record<string, string> {
  const parsed = fieldCaseSchema.safeParse({ id, ...fields });
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
  return errors;
}

/** Where a case comes from, each an optional choice of the form, in this order. */
const CHOICE_KINDS = ['region', 'archetype', 'function'] as const;
const CHOICE_LABELS = {
  region: 'shareCase.region',
  archetype: 'shareCase.accountKind',
  function: 'shareCase.function',
} as const;

/**
 * "Share a practice": the structured case form with a live preview (the library's own rendering)
 * and warnings for what looks like personal or customer data. The draft is kept in this browser;
 * submitting queues it, and the device sends it when it syncs.
 */
export default function ShareCaseForm({
  i18n,
  vocabulary,
  patterns,
  dataPath,
}: {
  i18n: IslandMessages<Id>;
  vocabulary: CaseVocabulary;
  /** The COE's pattern list for personal names (content/case-patterns.yaml). */
  patterns: CasePatterns;
  /** "Your data" in this locale, where the learner follows their cases. */
  dataPath: string;
}) {
  const t = useTranslator(i18n);
  const [id, setId] = useState<string | null>(null);
  const [fields, setFields] = useState<CaseFields | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'queued' | 'refused' | 'failed'; text: string } | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [showErrors, setShowErrors] = useState(false);

  useEffect(() => {
    void openCaseDraft(location.search).then((draft) => {
      setId(draft.id);
      setFields(draft.fields);
      if (draft.state === 'refused' && draft.refusal)
        setStatus({ kind: 'refused', text: t('shareCase.refused', { reason: draft.refusal }) });
    });
  }, [t]);

  const findings = useMemo(
    () => (fields ? detectPersonalData({ title: fields.title, ...pick(fields) }, patterns) : []),
    [fields, patterns],
  );
  if (!fields || !id) return <p role="status">{t('shareCase.loading')}</p>;
  const errors = showErrors ? fieldErrors(fields, id) : {};
  const set = (change: Partial<CaseFields>) => {
    setFields({ ...fields, ...change });
    if (status?.kind !== 'refused') setStatus(null);
  };
  const setCompetency = (index: number, change: Partial<CaseFields['competencies'][number]>) =>
    set({ competencies: fields.competencies.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const keep = async (submit: boolean) => {
    try {
      await keepCaseDraft(id, fields, submit);
      setStatus(
        submit ? { kind: 'queued', text: t('shareCase.queued') } : { kind: 'saved', text: t('shareCase.saved') },
      );
    } catch {
      setStatus({ kind: 'failed', text: t('shareCase.notSaved') });
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(fieldErrors(fields, id)).length > 0) {
      setStatus({ kind: 'failed', text: t('shareCase.fixErrors') });
      return;
    }
    if (findings.length > 0 && !acknowledged) {
      setStatus({ kind: 'failed', text: t('shareCase.mustAcknowledge') });
      return;
    }
    void keep(true);
  };
  const warningText = (f: PersonalDataFinding) =>
    t(`shareCase.warning.${f.kind}`, {
      text: f.text,
      label: f.label ?? '',
      field: t(`shareCase.${f.field as 'title' | (typeof TEXT_FIELDS)[number]}`),
    });
  /** The optional choices of where the case comes from, each listed only where the curriculum has some. */
  const choices = (kind: (typeof CHOICE_KINDS)[number]) =>
    kind === 'function'
      ? vocabulary.functions
      : vocabulary.regions.filter((r) => (kind === 'archetype' ? r.kind === 'archetype' : r.kind !== 'archetype'));
  const empty = fields.title === '' && TEXT_FIELDS.every((f) => fields[f] === '');

  return (
    <div className="share-case">
      <form className="share-case-form stacked-form wide" onSubmit={submit} noValidate>
        <FormField
          id="case-title"
          label={t('shareCase.title')}
          value={fields.title}
          maxLength={120}
          error={errors.title}
          onChange={(e) => set({ title: e.target.value })}
        />
        <p id="case-markdown-hint" className="muted field-hint">
          {t('shareCase.markdownHint')}
        </p>
        {TEXT_FIELDS.map((field) => (
          <div key={field} className="case-text-field">
            <label htmlFor={`case-${field}`}>{t(`shareCase.${field}`)}</label>
            <p id={`case-${field}-hint`} className="muted field-hint">
              {t(`shareCase.${field}Hint`)}
            </p>
            <textarea
              id={`case-${field}`}
              value={fields[field]}
              rows={5}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={[`case-${field}-hint`, 'case-markdown-hint', errors[field] ? `case-${field}-error` : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(e) => set({ [field]: e.target.value })}
            />
            {errors[field] && (
              <p id={`case-${field}-error`} className="error field-error">
                {errors[field]}
              </p>
            )}
          </div>
        ))}
        <fieldset>
          <legend>{t('shareCase.competencies')}</legend>
          {fields.competencies.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows; a row is its position
            <div className="case-competency" key={i}>
              <div className="case-select">
                <label htmlFor={`case-competency-${i}`}>{t('shareCase.competency')}</label>
                <select
                  id={`case-competency-${i}`}
                  value={c.competency}
                  onChange={(e) => setCompetency(i, { competency: e.target.value })}
                >
                  <option value="">{t('shareCase.chooseCompetency')}</option>
                  <NamedOptions items={vocabulary.competencies} />
                </select>
              </div>
              <div className="case-select">
                <label htmlFor={`case-level-${i}`}>{t('shareCase.level')}</label>
                <select
                  id={`case-level-${i}`}
                  value={c.level}
                  onChange={(e) => setCompetency(i, { level: Number(e.target.value) })}
                >
                  <LevelOptions levels={vocabulary.levels} />
                </select>
              </div>
              <button
                type="button"
                className="link-button"
                onClick={() => set({ competencies: fields.competencies.filter((_, j) => j !== i) })}
              >
                {t('shareCase.removeCompetency', { n: i + 1 })}
              </button>
            </div>
          ))}
          {fields.competencies.length < 5 && (
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                set({
                  competencies: [...fields.competencies, { competency: '', level: vocabulary.levels[1]?.level ?? 1 }],
                })
              }
            >
              {t('shareCase.addCompetency')}
            </button>
          )}
          {errors.competencies && <p className="error field-error">{errors.competencies}</p>}
        </fieldset>
        <div className="case-places">
          {/* The second list only where the curriculum names kinds of account (the default's archetypes). */}
          {CHOICE_KINDS.filter((kind) => choices(kind).length > 0).map((kind) => (
            <div className="case-select" key={kind}>
              <label htmlFor={`case-${kind}`}>{t(CHOICE_LABELS[kind])}</label>
              <select
                id={`case-${kind}`}
                value={fields[kind] ?? ''}
                onChange={(e) => set({ [kind]: e.target.value || undefined })}
              >
                <option value="">{t('shareCase.none')}</option>
                <NamedOptions items={choices(kind)} />
              </select>
            </div>
          ))}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.showName}
            onChange={(e) =>
              set({ showName: e.target.checked, authorName: e.target.checked ? fields.authorName : undefined })
            }
          />
          {t('shareCase.showName')}
        </label>
        {fields.showName && (
          <FormField
            id="case-author"
            label={t('shareCase.authorName')}
            value={fields.authorName ?? ''}
            maxLength={80}
            error={errors.authorName}
            onChange={(e) => set({ authorName: e.target.value || undefined })}
          />
        )}
        <div className="case-warnings" aria-live="polite">
          {findings.length > 0 && (
            <section aria-labelledby="case-warnings-title" className="callout warning">
              <h2 id="case-warnings-title">{t('shareCase.warnings')}</h2>
              <ul>
                {findings.map((f) => (
                  <li key={`${f.field}-${f.start}`}>{warningText(f)}</li>
                ))}
              </ul>
              <label className="checkbox">
                <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
                {t('shareCase.acknowledge')}
              </label>
            </section>
          )}
        </div>
        <div className="actions-row">
          <button type="button" className="button secondary" onClick={() => void keep(false)}>
            {t('shareCase.saveDraft')}
          </button>
          <button type="submit" className="button">
            {t('shareCase.submit')}
          </button>
        </div>
        <p role="status" className={status?.kind === 'failed' || status?.kind === 'refused' ? 'error' : undefined}>
          {status?.text}
          {status?.kind === 'queued' && (
            <>
              {' '}
              <a href={dataPath}>{t('shareCase.follow')}</a>
            </>
          )}
        </p>
      </form>
      <section className="share-case-preview" aria-labelledby="case-preview-title">
        <h2 id="case-preview-title">{t('shareCase.preview')}</h2>
        {empty ? (
          <p className="muted">{t('shareCase.previewEmpty')}</p>
        ) : (
          <CaseArticle
            entry={{ id, ...fields, authorName: fields.showName ? fields.authorName : undefined }}
            vocabulary={vocabulary}
            t={t}
            level={3}
          />
        )}
      </section>
    </div>
  );
}

function pick(fields: CaseFields) {
  return { situation: fields.situation, action: fields.action, result: fields.result, reuse: fields.reuse };
}
