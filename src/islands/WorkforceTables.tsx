import { useState } from 'react';
import type { Translate } from '../lib/i18n/createTranslator';
import type { LearnerCount, WorkforceReport } from '../lib/workforce/workforceReportSchema';
import { HeadedTable } from './HeadedTable';
import { NamedOptions } from './NamedOptions';

/** The messages WorkforceTables shows; its island passes them on. */
export const workforceTablesMessages = [
  'workforceTables.fewerThan',
  'workforceTables.hidden',
  'workforceTables.levels',
  'workforceTables.levelsCaption',
  'workforceTables.competency',
  'workforceTables.atOrAbove',
  'workforceTables.atOrAboveCaption',
  'workforceTables.weekly',
  'workforceTables.noEvents',
  'workforceTables.weeklyHidden',
  'workforceTables.weeklyCaption',
  'workforceTables.week',
  'workforceTables.learners',
  'workforceTables.funnel',
  'workforceTables.funnelCaption',
  'workforceTables.step',
  'workforceTables.countsWho',
  'workforceTables.coarse',
  'workforceTables.coarseSuggested',
  'workforceTables.coarseOffered',
  'workforceTables.whenShown',
  'workforceTables.targetCaption',
  'workforceTables.competencyTarget',
  'workforceTables.now',
  'workforceTables.togetherCaption',
  'workforceTables.when',
  'workforceTables.inNone',
  'workforceTables.inSome',
  'workforceTables.inAll',
  'workforceTables.funnel.assessed',
  'workforceTables.funnel.assessed.definition',
  'workforceTables.funnel.planned',
  'workforceTables.funnel.planned.definition',
  'workforceTables.funnel.completed-module',
  'workforceTables.funnel.completed-module.definition',
  'workforceTables.funnel.completed-journey',
  'workforceTables.funnel.completed-journey.definition',
] as const;

type T = Translate<(typeof workforceTablesMessages)[number]>;

/** A learner count as text: the number, or why it is hidden (never a number for a hidden cell). */
export function countText(
  count: LearnerCount,
  minGroup: number,
  t: Translate<'workforceTables.fewerThan' | 'workforceTables.hidden'>,
): string {
  if (count.count !== null) return String(count.count);
  return count.suppressed === 'fewer-than-minimum'
    ? t('workforceTables.fewerThan', { count: minGroup })
    : t('workforceTables.hidden');
}

const Cell = ({ count, minGroup, t }: { count: LearnerCount; minGroup: number; t: T }) => (
  <td className={count.count === null ? 'num hidden-count' : 'num'}>{countText(count, minGroup, t)}</td>
);

/** The groups of the table of all competencies together: at target in none, some or all of them, with their headings. */
const TOGETHER = [
  ['none', 'workforceTables.inNone'],
  ['some', 'workforceTables.inSome'],
  ['all', 'workforceTables.inAll'],
] as const;

/** The workforce report's tables: learners per competency and level, at or above, weekly movement and the funnel. */
export default function WorkforceTables({ report, t, locale }: { report: WorkforceReport; t: T; locale: string }) {
  const { minGroup, levels } = report;
  const [competency, setCompetency] = useState(report.competencies[0]?.id ?? '');
  const weekly = report.weekly.find((w) => w.competency === competency);
  const levelHeads = levels.map((l) => (l.level === 0 ? l.name : `${l.level} ${l.name}`));

  /** Competencies by level: learners at each level, or at or above it. */
  const levelTable = (caption: string, count: 'learners' | 'atOrAbove') => (
    <div className="table-scroll">
      <HeadedTable caption={caption} columns={[t('workforceTables.competency'), ...levelHeads]}>
        {report.competencies.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.name}</th>
            {c.cells.map((cell) => (
              <Cell key={cell.level} count={cell[count]} minGroup={minGroup} t={t} />
            ))}
          </tr>
        ))}
      </HeadedTable>
    </div>
  );

  const { coarse } = report;
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const when = [...coarse.months.map((m) => monthName.format(new Date(`${m}-01T00:00:00Z`))), t('workforceTables.now')];
  // How many more learners a hidden group needs is not said: "needs 3 more" with a minimum of 5 would
  // reveal that the group has 2. Only the rule itself is stated, the same for every hidden figure.
  const coarseTables = (
    <>
      <p className="muted">{t('workforceTables.whenShown', { count: minGroup })}</p>
      <div className="table-scroll">
        <HeadedTable caption={t('workforceTables.targetCaption')} columns={[t('workforceTables.competency'), ...when]}>
          {coarse.competencies.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t('workforceTables.competencyTarget', { name: c.name, level: c.target })}</th>
              {[...c.monthly, c.now].map((cells, m) => (
                <Cell key={when[m]} count={cells.atOrAbove} minGroup={minGroup} t={t} />
              ))}
            </tr>
          ))}
        </HeadedTable>
      </div>
      <div className="table-scroll">
        <HeadedTable
          caption={t('workforceTables.togetherCaption')}
          columns={[t('workforceTables.when'), ...TOGETHER.map(([, heading]) => t(heading))]}
        >
          {[...coarse.overall.monthly, coarse.overall.now].map((cells, m) => (
            <tr key={when[m]}>
              <th scope="row">{when[m]}</th>
              {TOGETHER.map(([group]) => (
                <Cell key={group} count={cells[group]} minGroup={minGroup} t={t} />
              ))}
            </tr>
          ))}
        </HeadedTable>
      </div>
    </>
  );

  return (
    <>
      {coarse.suggested && (
        <section aria-labelledby="wf-coarse">
          <h2 id="wf-coarse">{t('workforceTables.coarse')}</h2>
          <p>{t('workforceTables.coarseSuggested')}</p>
          {coarseTables}
        </section>
      )}
      <section aria-labelledby="wf-levels">
        <h2 id="wf-levels">{t('workforceTables.levels')}</h2>
        {levelTable(t('workforceTables.levelsCaption'), 'learners')}
        <details>
          <summary>{t('workforceTables.atOrAbove')}</summary>
          {levelTable(t('workforceTables.atOrAboveCaption'), 'atOrAbove')}
        </details>
      </section>

      <section aria-labelledby="wf-weekly">
        <h2 id="wf-weekly">{t('workforceTables.weekly')}</h2>
        {report.weeks.length === 0 ? (
          // A hidden population has events the rule keeps back: never say there are none.
          <p>
            {report.population.suppressed
              ? t('workforceTables.weeklyHidden', { count: minGroup })
              : t('workforceTables.noEvents')}
          </p>
        ) : (
          <>
            <p className="workforce-filters">
              <label>
                {t('workforceTables.competency')}
                <select value={competency} onChange={(e) => setCompetency(e.target.value)}>
                  <NamedOptions items={report.competencies} />
                </select>
              </label>
            </p>
            <div className="table-scroll">
              <HeadedTable
                caption={t('workforceTables.weeklyCaption', {
                  competency: report.competencies.find((c) => c.id === competency)?.name ?? competency,
                })}
                columns={[t('workforceTables.week'), t('workforceTables.learners'), ...levelHeads]}
              >
                {weekly?.rows.map((row) => (
                  <tr key={row.week}>
                    <th scope="row">{row.week}</th>
                    <Cell count={row.learners} minGroup={minGroup} t={t} />
                    {row.levels.map((count, i) => (
                      <Cell key={levels[i]!.level} count={count} minGroup={minGroup} t={t} />
                    ))}
                  </tr>
                ))}
              </HeadedTable>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="wf-funnel">
        <h2 id="wf-funnel">{t('workforceTables.funnel')}</h2>
        <HeadedTable
          caption={t('workforceTables.funnelCaption')}
          columns={[t('workforceTables.step'), t('workforceTables.countsWho'), t('workforceTables.learners')]}
        >
          {report.funnel.map((step) => (
            <tr key={step.step}>
              <th scope="row">{t(`workforceTables.funnel.${step.step}`)}</th>
              <td>{t(`workforceTables.funnel.${step.step}.definition`)}</td>
              <Cell count={step.learners} minGroup={minGroup} t={t} />
            </tr>
          ))}
        </HeadedTable>
      </section>

      {!coarse.suggested && (
        <section aria-labelledby="wf-coarse">
          <h2 id="wf-coarse">{t('workforceTables.coarse')}</h2>
          <details>
            <summary>{t('workforceTables.coarseOffered')}</summary>
            {coarseTables}
          </details>
        </section>
      )}
    </>
  );
}
