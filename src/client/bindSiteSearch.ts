import type { SearchResults } from '../lib/search/createSearcher';
import { findPassage } from '../lib/search/findPassage';
import { highlightTerms } from '../lib/search/highlightTerms';
import { matchFieldCases } from '../lib/search/matchFieldCases';
import type { SearchLanguage } from '../lib/search/searchLanguage';
import { clientMessages } from './clientMessages';
import { readFieldCaseSearchCopy } from './fieldCaseSearchCopy';
import { pageBase } from './pageBase';
import { renderSegments } from './renderSegments';
import { loadFragment, loadSearcher, SearchUnavailable } from './searchData';

/** What the header's search says as the learner types; SiteSearch.astro ships them on every page (`<ClientMessages>`). */
export const SEARCH_MESSAGES = [
  'search.all',
  'search.none',
  'search.status',
  'search.statusNone',
  'search.offline',
  'search.unavailable',
  'searchPage.wordsNeedConnection',
  'fieldCases.searchLabel',
] as const;

const SHOWN = 6;

/** Words listed in the page's language ("“a”, “b” and “c”"). */
const listOf = (words: string[]) =>
  new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'conjunction' }).format(
    words.map((w) => `“${w}”`),
  );
const PASSAGE_DELAY_MS = 250;

/**
 * Turns the header's search form into an ARIA 1.2 combobox (list autocomplete): results appear
 * as the learner types, Arrow keys move through them, Enter opens the active one (or, with none
 * active, the full results page), Escape closes the list and then clears the box. Loaded on
 * the box's first focus (see SiteSearch.astro), so lunr and the index cost nothing until then.
 */
export function bindSiteSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-site-search-status]')!;
  const t = clientMessages();
  let active = -1;
  let generation = 0;

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const setOpen = (open: boolean) => {
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    const all = options();
    active = index;
    all.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    const current = all[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const resultsUrl = (q: string) => `${pageBase()}search/?${new URLSearchParams({ q })}`;

  const option = (id: string, href: string) => {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.dataset.href = href;
    return li;
  };

  const render = (q: string, { hits, total, unavailable }: SearchResults, language: SearchLanguage) => {
    const run = ++generation;
    listbox.replaceChildren();
    hits.slice(0, SHOWN).forEach((hit, i) => {
      const li = option(`site-search-option-${i}`, `${pageBase()}modules/${hit.record.id}/`);
      const title = document.createElement('span');
      title.className = 'hit-title';
      renderSegments(title, highlightTerms(hit.record.t, hit.terms, true, language));
      const passage = document.createElement('span');
      passage.className = 'hit-passage';
      renderSegments(passage, highlightTerms(hit.record.s, hit.terms, true, language));
      li.append(title, passage);
      listbox.append(li);
      // Passages are fetched once typing pauses, not for every partial query on the way.
      setTimeout(() => {
        if (run !== generation) return;
        void loadFragment(hit.record.id).then((fragment) => {
          const found = fragment && findPassage(fragment, hit.terms, { prefix: true, words: 18, language: language });
          if (!found || run !== generation) return;
          passage.replaceChildren();
          renderSegments(passage, found.segments);
          if (found.anchor) li.dataset.href = `${pageBase()}modules/${hit.record.id}/#${found.anchor}`;
        });
      }, PASSAGE_DELAY_MS);
    });
    const all = option('site-search-option-all', resultsUrl(q));
    all.className = 'search-all';
    // Offline, words whose part of the index was never saved are named rather than silently missed.
    const offline = unavailable.length ? ` ${t('searchPage.wordsNeedConnection', { words: listOf(unavailable) })}` : '';
    all.textContent = (total ? t('search.all', { count: total, query: q }) : t('search.none', { query: q })) + offline;
    listbox.append(all);
    // Field cases this device has cached join the module results, labelled as such (offline too), read from
    // their search copy so that searching loads no database code.
    void readFieldCaseSearchCopy().then((cases) => {
      const found = matchFieldCases(cases, q);
      if (run !== generation) return;
      found.forEach((c, i) => {
        const li = option(`site-search-option-case-${i}`, `${pageBase()}cases/#case-${c.id}`);
        li.className = 'search-field-case';
        const label = document.createElement('span');
        label.className = 'hit-passage';
        label.textContent = t('fieldCases.searchLabel');
        const title = document.createElement('span');
        title.className = 'hit-title';
        title.textContent = c.title;
        li.append(title, label);
        all.before(li);
      });
    });
    status.textContent = (total ? t('search.status', { count: total }) : t('search.statusNone')) + offline;
    setActive(-1);
    setOpen(true);
  };

  const update = async () => {
    const q = input.value.trim();
    if (!q) {
      ++generation;
      setOpen(false);
      status.textContent = '';
      return;
    }
    try {
      const searcher = await loadSearcher();
      const results = await searcher.search({ q }, { prefix: true, limit: SHOWN });
      if (input.value.trim() !== q) return; // a newer keystroke will render
      render(q, results, searcher.language);
    } catch (error) {
      status.textContent = t(
        error instanceof SearchUnavailable && error.reason === 'offline' ? 'search.offline' : 'search.unavailable',
      );
    }
  };

  const open = (li: HTMLLIElement | undefined) => {
    if (li?.dataset.href) location.assign(li.dataset.href);
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const all = options();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (listbox.hidden) void update();
        else setActive(active + 1 >= all.length ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!listbox.hidden) setActive(active <= 0 ? all.length - 1 : active - 1);
        break;
      case 'Enter':
        if (!listbox.hidden && active >= 0) {
          event.preventDefault();
          open(all[active]);
        }
        break;
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          status.textContent = '';
        }
        break;
    }
  });
  listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
  listbox.addEventListener('click', (event) =>
    open((event.target as Element).closest<HTMLLIElement>('[role="option"]') ?? undefined),
  );
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  // Fetch the index now, and catch up with anything typed while this module was loading.
  void loadSearcher().catch(() => undefined);
  if (input.value.trim()) void update();
}
