import { type ReactNode, useEffect, useState } from 'react';
import { isSavedOffline } from '../client/isSavedOffline';
import { loadLearnerStatus } from '../client/loadLearnerStatus';
import { loadFragment, loadSearcher, SearchUnavailable } from '../client/searchData';
import { createTranslator } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import type { Searcher, SearchResults } from '../lib/search/createSearcher';
import { findPassage, type Passage } from '../lib/search/findPassage';
import { highlightTerms, type TextSegment } from '../lib/search/highlightTerms';
import { hitStatus } from '../lib/search/hitStatus';
import {
  DURATION_BUCKETS,
  parseSearchParams,
  type SearchFilters,
  searchFiltersSchema,
  toSearchParams,
} from '../lib/search/searchFiltersSchema';
import { type FilterOption, FilterSelect } from './FilterSelect';

const PAGE = 10;

/** The filter bar, in order: each filter and what its "no filter" choice says. */
const FILTERS = [
  { key: 'competency', blank: 'searchPage.allCompetencies' },
  { key: 'level', blank: 'searchPage.anyLevel' },
  { key: 'path', blank: 'searchPage.anyPath' },
  { key: 'duration', blank: 'searchPage.anyLength' },
] as const;

function Highlighted({ segments }: { segments: readonly TextSegment[] }): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text, fixed order
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text));
}

/** The messages SearchPage shows; the page passes exactly these. */
export const searchPageMessages = [
  'searchPage.needsConnection',
  'searchPage.wordsNeedConnection',
  'status.completed',
  'status.tested-out',
  'status.in-progress',
  'status.inJourney',
  'status.alsoInJourney',
  'searchPage.form',
  'searchPage.query',
  'searchPage.filters',
  'searchPage.competency',
  'searchPage.allCompetencies',
  'searchPage.level',
  'searchPage.anyLevel',
  'searchPage.path',
  'searchPage.anyPath',
  'searchPage.duration',
  'searchPage.anyLength',
  'searchPage.loading',
  'searchPage.prompt',
  'searchPage.found',
  'searchPage.noMatch',
  'searchPage.noMatchQuery',
  'searchPage.noMatchFiltered',
  'searchPage.noMatchQueryFiltered',
  'searchPage.in',
  'searchPage.minutes',
  'searchPage.competencyLevel',
  'searchPage.more',
  'searchPage.duration.short',
  'searchPage.duration.medium',
  'searchPage.duration.long',
  'search.offline',
  'search.unavailable',
] as const;

/** The full results page: a query and filters kept in the URL (`?q=…`), results with their best passage. */
export default function SearchPage({ i18n }: { i18n: IslandMessages<(typeof searchPageMessages)[number]> }) {
  const t = createTranslator(i18n.locale, i18n.messages);
  const [filters, setFilters] = useState<SearchFilters>({ q: '' });
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [error, setError] = useState<SearchUnavailable['reason'] | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [passages, setPassages] = useState<Record<string, Passage | null>>({});
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const [learner, setLearner] = useState<Awaited<ReturnType<typeof loadLearnerStatus>> | null>(null);

  useEffect(() => {
    setFilters(parseSearchParams(new URLSearchParams(location.search)));
    loadSearcher().then(setSearcher, (e: unknown) => setError(e instanceof SearchUnavailable ? e.reason : 'failed'));
    // Results say what the learner did with each module; without stored data they simply say nothing.
    loadLearnerStatus().then(setLearner, () => undefined);
  }, []);

  const [results, setResults] = useState<SearchResults | null>(null);
  useEffect(() => {
    if (!searcher) return;
    let current = true;
    searcher.search(filters, { limit: shown }).then(
      (found) => current && setResults(found),
      () => current && setError('failed'),
    );
    return () => {
      current = false;
    };
  }, [searcher, filters, shown]);
  const hits = results?.hits ?? [];
  const total = results?.total ?? 0;
  const visible = hits;

  // Offline, a result whose page was never saved on this device says it needs a connection.
  // biome-ignore lint/correctness/useExhaustiveDependencies: rechecked when the visible hits change
  useEffect(() => {
    let current = true;
    if (navigator.onLine) setUnsaved(new Set());
    else
      void Promise.all(
        visible.map(async (hit) => ((await isSavedOffline(`/modules/${hit.record.id}/`)) ? [] : [hit.record.id])),
      ).then((ids) => current && setUnsaved(new Set(ids.flat())));
    return () => {
      current = false;
    };
  }, [visible.map((hit) => hit.record.id).join(' ')]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads passages when the visible hits change
  useEffect(() => {
    let current = true;
    setPassages({});
    for (const hit of visible) {
      if (hit.terms.length === 0) continue;
      void loadFragment(hit.record.id).then((fragment) => {
        if (current)
          setPassages((p) => ({
            ...p,
            [hit.record.id]: (fragment && findPassage(fragment, hit.terms, { language: searcher?.language })) ?? null,
          }));
      });
    }
    return () => {
      current = false;
    };
  }, [hits, shown]);

  const change = (next: Partial<SearchFilters>) => {
    const merged = { ...filters, ...next };
    setFilters(merged);
    setShown(PAGE);
    const params = toSearchParams(merged).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
  };

  const facets = searcher?.manifest.facets;
  const choices: Record<(typeof FILTERS)[number]['key'], FilterOption[]> = {
    competency: facets?.competencies.map((c) => ({ value: c.id, label: c.name })) ?? [],
    level: facets?.levels.map((l) => ({ value: String(l.level), label: `${l.level} · ${l.name}` })) ?? [],
    path: facets?.paths.map((p) => ({ value: p.id, label: p.title })) ?? [],
    duration: DURATION_BUCKETS.map((b) => ({ value: b.id, label: t(`searchPage.duration.${b.id}`) })),
  };
  const competencyName = new Map(facets?.competencies.map((c) => [c.id, c.name]));
  const levelName = new Map(facets?.levels.map((l) => [l.level, l.name]));
  const filtered = filters.competency || filters.level || filters.path || filters.duration;
  const asked = filters.q.trim() || filtered;

  return (
    <div className="search-page">
      {/* biome-ignore lint/a11y/useSemanticElements: <form role=search> is the landmark pattern every screen reader supports */}
      <form
        role="search"
        aria-label={t('searchPage.form')}
        className="search-form"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor="search-query">{t('searchPage.query')}</label>
        <input
          id="search-query"
          type="search"
          value={filters.q}
          autoComplete="off"
          onChange={(e) => change({ q: e.target.value })}
        />
        <fieldset className="search-filters">
          <legend>{t('searchPage.filters')}</legend>
          {FILTERS.map(({ key, blank }) => (
            <FilterSelect
              key={key}
              label={t(`searchPage.${key}`)}
              value={String(filters[key] ?? '')}
              blank={t(blank)}
              options={choices[key]}
              onChange={(v) => change({ [key]: searchFiltersSchema.shape[key].parse(v) })}
            />
          ))}
        </fieldset>
      </form>

      <p role="status" className="search-count">
        {(error && t(error === 'offline' ? 'search.offline' : 'search.unavailable')) ??
          (!searcher || !results
            ? t('searchPage.loading')
            : !asked
              ? t('searchPage.prompt')
              : t('searchPage.found', { count: total }))}
      </p>
      {results && results.unavailable.length > 0 && (
        <p className="search-unavailable">
          {t('searchPage.wordsNeedConnection', {
            words: new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(
              results.unavailable.map((w) => `“${w}”`),
            ),
          })}
        </p>
      )}

      {results && asked && total === 0 && (
        <div className="search-empty">
          <p>
            {filters.q.trim()
              ? t(filtered ? 'searchPage.noMatchQueryFiltered' : 'searchPage.noMatchQuery', { query: filters.q.trim() })
              : t(filtered ? 'searchPage.noMatchFiltered' : 'searchPage.noMatch')}
          </p>
          <ul className="chips">
            {facets?.competencies.map((c) => (
              <li key={c.id}>
                <a
                  className="chip"
                  href={`${i18n.base}search/?competency=${c.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    change({ q: '', competency: c.id, level: undefined, path: undefined, duration: undefined });
                  }}
                >
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {visible.length > 0 && (
        <ol className="search-results">
          {visible.map((hit) => {
            const passage = passages[hit.record.id];
            const href = `${i18n.base}modules/${hit.record.id}/${passage?.anchor ? `#${passage.anchor}` : ''}`;
            const status = learner && hitStatus(learner.status(hit.record.id), learner.inJourney(hit.record.id));
            return (
              <li key={hit.record.id}>
                <h2>
                  <a href={href}>
                    <Highlighted segments={highlightTerms(hit.record.t, hit.terms, false, searcher?.language)} />
                  </a>
                  {status && (
                    <span className="status-badge">
                      {status.status
                        ? status.inJourney
                          ? t('status.alsoInJourney', { status: t(`status.${status.status}`) })
                          : t(`status.${status.status}`)
                        : t('status.inJourney')}
                    </span>
                  )}
                </h2>
                {passage?.heading && (
                  <p className="passage-heading">{t('searchPage.in', { heading: passage.heading })}</p>
                )}
                <p className="passage">
                  <Highlighted
                    segments={
                      passage ? passage.segments : highlightTerms(hit.record.s, hit.terms, false, searcher?.language)
                    }
                  />
                </p>
                <ul className="meta">
                  {unsaved.has(hit.record.id) && <li>{t('searchPage.needsConnection')}</li>}
                  <li>{t('searchPage.minutes', { count: hit.record.d })}</li>
                  {hit.record.c.map(([c, l]) => (
                    <li key={c}>
                      {t('searchPage.competencyLevel', {
                        competency: competencyName.get(c) ?? c,
                        level: l,
                        name: levelName.get(l) ?? '',
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {total > shown && (
        <button type="button" className="button secondary" onClick={() => setShown(shown + PAGE)}>
          {t('searchPage.more', { count: Math.min(PAGE, total - shown) })}
        </button>
      )}
    </div>
  );
}
