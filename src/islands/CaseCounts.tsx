import { useEffect, useState } from 'react';
import { readCaseCounts, readSession } from '../client/accountApi';
import type { CaseVocabulary } from '../data/caseVocabulary';
import type { CaseCounts as Counts } from '../lib/cases/caseCountsSchema';
import type { IslandProps } from '../lib/i18n/islandMessages';
import { HeadedTable } from './HeadedTable';
import { useTranslator } from './useTranslator';

/** The messages CaseCounts shows; the page passes exactly these. */
export const caseCountsMessages = [
  'caseCounts.heading',
  'caseCounts.intro',
  'caseCounts.total',
  'caseCounts.contributors',
  'caseCounts.fewContributors',
  'caseCounts.byCompetency',
  'caseCounts.byRegion',
  'caseCounts.byFunction',
  'caseCounts.competency',
  'caseCounts.region',
  'caseCounts.function',
  'caseCounts.cases',
  'caseCounts.notStated',
  'caseCounts.failed',
] as const;

/**
 * Recognition of the community of practice for leads: approved field cases per competency, per
 * region or archetype and per function (the reach across silos). Shown only to a signed-in lead or admin.
 */
export default function CaseCounts({
  i18n,
  vocabulary,
}: IslandProps<typeof caseCountsMessages, { vocabulary: CaseVocabulary }>) {
  const t = useTranslator(i18n);
  const [counts, setCounts] = useState<Counts | null | { error: string }>(null);
  useEffect(() => {
    readSession()
      .then(async (session) => session.user && setCounts(await readCaseCounts()))
      .catch((e: unknown) => setCounts({ error: e instanceof Error ? e.message : String(e) }));
  }, []);
  if (counts === null) return null;
  if ('error' in counts) return <p role="alert">{t('caseCounts.failed', { error: counts.error })}</p>;
  const name = (list: Array<{ id: string; name: string }>, id: string | null) =>
    id === null ? t('caseCounts.notStated') : (list.find((x) => x.id === id)?.name ?? id);
  // The rows' keys are computed in the schema, which widens their counts' type: each is a number.
  const table = (caption: string, column: string, rows: Array<{ label: string; cases: number }>) => (
    <div className="table-scroll">
      <HeadedTable caption={caption} columns={[column, t('caseCounts.cases')]}>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.cases}</td>
          </tr>
        ))}
      </HeadedTable>
    </div>
  );
  return (
    <section className="case-counts" aria-labelledby="case-counts">
      <h3 id="case-counts">{t('caseCounts.heading')}</h3>
      <p>
        {t('caseCounts.intro')} {t('caseCounts.total', { count: counts.total })}{' '}
        {counts.contributors === null
          ? t('caseCounts.fewContributors', { count: counts.minGroup })
          : t('caseCounts.contributors', { count: counts.contributors })}
      </p>
      {counts.total > 0 && (
        <>
          {table(
            t('caseCounts.byCompetency'),
            t('caseCounts.competency'),
            counts.byCompetency.map((c) => ({ label: name(vocabulary.competencies, c.competency), cases: c.cases })),
          )}
          {table(t('caseCounts.byRegion'), t('caseCounts.region'), [
            ...counts.byRegion.map((r) => ({
              label: name(vocabulary.regions, r.region as string | null),
              cases: Number(r.cases),
            })),
            ...counts.byArchetype
              .filter((r) => r.archetype !== null)
              .map((r) => ({ label: name(vocabulary.regions, r.archetype as string), cases: Number(r.cases) })),
          ])}
          {table(
            t('caseCounts.byFunction'),
            t('caseCounts.function'),
            counts.byFunction.map((f) => ({
              label: name(vocabulary.functions, f.function as string | null),
              cases: Number(f.cases),
            })),
          )}
        </>
      )}
    </section>
  );
}
