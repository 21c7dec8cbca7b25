import { useEffect, useState } from 'react';
import { type LibraryView, loadFieldCases } from '../client/fieldCaseLibrary';
import type { CaseVocabulary } from '../data/caseVocabulary';
import type { IslandProps } from '../lib/i18n/islandMessages';
import { CaseArticle, caseArticleMessages } from './CaseArticle';
import { type FilterOption, FilterSelect } from './FilterSelect';
import { useTranslator } from './useTranslator';

/** The messages CaseLibrary shows; the page passes exactly these. */
export const caseLibraryMessages = [
  ...caseArticleMessages,
  'caseLibrary.loading',
  'caseLibrary.filters',
  'caseLibrary.competency',
  'caseLibrary.level',
  'caseLibrary.region',
  'caseLibrary.function',
  'caseLibrary.any',
  'caseLibrary.count',
  'caseLibrary.none',
  'caseLibrary.cached',
  'caseLibrary.neverFetched',
] as const;

type Filters = Record<'competency' | 'level' | 'region' | 'function', string>;
const FILTERS = ['competency', 'level', 'region', 'function'] as const;

/**
 * The case library: every approved field case, filterable by competency, level, region (or
 * archetype) and function; the filters live in the address. When the server cannot be asked, the
 * copy this browser cached is shown, and the page says so and when it was fetched.
 */
export default function CaseLibrary({
  i18n,
  vocabulary,
}: IslandProps<typeof caseLibraryMessages, { vocabulary: CaseVocabulary }>) {
  const t = useTranslator(i18n);
  const [view, setView] = useState<LibraryView | null>(null);
  const [filters, setFilters] = useState<Filters>({ competency: '', level: '', region: '', function: '' });
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    setFilters(Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters);
    void loadFieldCases().then((v) => {
      setView(v);
      // A link to one case (from a competency or module page) scrolls to it once it is shown.
      if (location.hash) requestAnimationFrame(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
    });
  }, []);
  const choose = (name: keyof Filters, value: string) => {
    const next = { ...filters, [name]: value };
    setFilters(next);
    const params = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== ''));
    history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
  };
  if (!view) return <p role="status">{t('caseLibrary.loading')}</p>;
  const named = (items: ReadonlyArray<{ id: string; name: string }>) =>
    items.map((item) => ({ value: item.id, label: item.name }));
  // The function filter only where the curriculum names job functions.
  const filterOptions: Record<(typeof FILTERS)[number], FilterOption[]> = {
    competency: named(vocabulary.competencies),
    level: vocabulary.levels.map((l) => ({ value: String(l.level), label: `${l.level} ${l.name}` })),
    region: named(vocabulary.regions),
    function: named(vocabulary.functions),
  };
  const shown = view.cases.filter(
    (c) =>
      (filters.competency === '' ||
        c.competencies.some(
          (x) => x.competency === filters.competency && (filters.level === '' || String(x.level) === filters.level),
        )) &&
      (filters.level === '' || c.competencies.some((x) => String(x.level) === filters.level)) &&
      (filters.region === '' || c.region === filters.region || c.archetype === filters.region) &&
      (filters.function === '' || c.function === filters.function),
  );
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <div className="case-library">
      {!view.fresh && (
        <p className="callout" role="status">
          {view.cachedAt
            ? t('caseLibrary.cached', { date: date(view.cachedAt), reason: view.problem ?? '' })
            : t('caseLibrary.neverFetched', { reason: view.problem ?? '' })}
        </p>
      )}
      <search className="case-filters" aria-label={t('caseLibrary.filters')}>
        {FILTERS.filter((filter) => filterOptions[filter].length > 0).map((filter) => (
          <FilterSelect
            key={filter}
            label={t(`caseLibrary.${filter}`)}
            value={filters[filter]}
            blank={t('caseLibrary.any')}
            options={filterOptions[filter]}
            onChange={(v) => choose(filter, v)}
          />
        ))}
      </search>
      <p role="status">{shown.length > 0 ? t('caseLibrary.count', { count: shown.length }) : t('caseLibrary.none')}</p>
      {shown.map((c) => (
        <CaseArticle key={c.id} entry={{ ...c, authorName: c.author ?? undefined }} vocabulary={vocabulary} t={t} />
      ))}
    </div>
  );
}
