import { useState } from 'react';
import type { LearnerCount, WorkforceReport } from '../lib/workforce/workforceReportSchema';

/** A learner count as text: the number, or why it is hidden (never a number for a hidden cell). */
export function countText(count: LearnerCount, minGroup: number): string {
  if (count.count !== null) return String(count.count);
  return count.suppressed === 'fewer-than-minimum' ? `fewer than ${minGroup}` : 'hidden';
}

const Cell = ({ count, minGroup }: { count: LearnerCount; minGroup: number }) => (
  <td className={count.count === null ? 'num hidden-count' : 'num'}>{countText(count, minGroup)}</td>
);

/** The workforce report's tables: learners per competency and level, at or above, weekly movement and the funnel. */
export default function WorkforceTables({ report }: { report: WorkforceReport }) {
  const { minGroup, levels } = report;
  const [competency, setCompetency] = useState(report.competencies[0]?.id ?? '');
  const weekly = report.weekly.find((w) => w.competency === competency);
  const levelHeads = levels.map((l) => (
    <th scope="col" key={l.level}>
      {l.level === 0 ? l.name : `${l.level} ${l.name}`}
    </th>
  ));

  return (
    <>
      <section aria-labelledby="wf-levels">
        <h2 id="wf-levels">Learners per competency and level</h2>
        <div className="table-scroll">
          <table>
            <caption>Learners at each level of each competency, now</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                {levelHeads}
              </tr>
            </thead>
            <tbody>
              {report.competencies.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  {c.cells.map((cell) => (
                    <Cell key={cell.level} count={cell.learners} minGroup={minGroup} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details>
          <summary>Learners at each level or above</summary>
          <div className="table-scroll">
            <table>
              <caption>Learners at each level or above, now</caption>
              <thead>
                <tr>
                  <th scope="col">Competency</th>
                  {levelHeads}
                </tr>
              </thead>
              <tbody>
                {report.competencies.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    {c.cells.map((cell) => (
                      <Cell key={cell.level} count={cell.atOrAbove} minGroup={minGroup} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>

      <section aria-labelledby="wf-weekly">
        <h2 id="wf-weekly">Movement over time</h2>
        {report.weeks.length === 0 ? (
          <p>No learning events yet in this selection.</p>
        ) : (
          <>
            <p className="workforce-filters">
              <label>
                Competency
                <select value={competency} onChange={(e) => setCompetency(e.target.value)}>
                  {report.competencies.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <div className="table-scroll">
              <table>
                <caption>
                  Learners at each level of {report.competencies.find((c) => c.id === competency)?.name} at the end of
                  each week (ISO weeks; learners not active yet count as “Not yet”)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">Learners</th>
                    {levelHeads}
                  </tr>
                </thead>
                <tbody>
                  {weekly?.rows.map((row) => (
                    <tr key={row.week}>
                      <th scope="row">{row.week}</th>
                      <Cell count={row.learners} minGroup={minGroup} />
                      {row.levels.map((count, i) => (
                        <Cell key={levels[i]!.level} count={count} minGroup={minGroup} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="wf-funnel">
        <h2 id="wf-funnel">From assessment to a completed journey</h2>
        <table>
          <caption>Learners reaching each step (each step includes the ones before it)</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Counts learners who</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {report.funnel.map((step) => (
              <tr key={step.step}>
                <th scope="row">{step.label}</th>
                <td>{step.definition}</td>
                <Cell count={step.learners} minGroup={minGroup} />
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
