import { useMemo } from 'react';
import { type BarRow, barChart } from './barChart';
import type { ChartSectionProps } from './ChartSectionProps';
import { EvidenceSection } from './EvidenceSection';
import { ScrollingTable } from './ScrollingTable';

const STEPS = ['invited', 'enrolled', 'active'] as const;

/**
 * Invited, enrolled and active learners and hours of learning, drawn against the population a lead
 * entered when one applies to the filter (the share of people reached at each step), and per
 * function against the sizes entered for functions.
 */
export function AdoptionSection({ report, series, format }: ChartSectionProps) {
  const { t, number } = format;
  const population = report.reachOfPopulation;
  const stepName = (step: (typeof STEPS)[number]) => t(`evidenceView.${step}`);
  const draw = useMemo(() => {
    const say = format.t;
    const steps: BarRow[] = series.adoption.map((b) => {
      const category = say(`evidenceView.${b.category as (typeof STEPS)[number]}`);
      const share = population[b.category as (typeof STEPS)[number]];
      return population.size === null
        ? { category, learners: b.learners }
        : {
            category,
            learners: b.learners,
            text: `${category}: ${b.learners} (${say('evidenceView.population.ofPopulation', { share: format.share(share) })})`,
          };
    });
    const entered = say('evidenceView.population.entered');
    const rows = population.size === null ? steps : [{ category: entered, learners: population.size }, ...steps];
    return barChart(rows, say('evidenceView.learners'));
  }, [series, population, format]);

  const summary = [
    t('evidenceView.adoption.summary', {
      invited: format.count(report.adoption.invited),
      enrolled: format.count(report.adoption.enrolled),
      active: format.count(report.adoption.active),
    }),
    population.size === null
      ? t('evidenceView.population.none')
      : t('evidenceView.population.summary', {
          size: number.format(population.size),
          invited: format.share(population.invited),
          enrolled: format.share(population.enrolled),
          active: format.share(population.active),
        }),
  ].join(' ');
  const functions = population.byFunction.filter((f) => f.size !== null);
  const hours = report.adoption.hours === null ? t('evidenceView.hiddenShare') : number.format(report.adoption.hours);
  const note = <p>{t('evidenceView.hours', { hours })}</p>;

  return (
    <EvidenceSection chart="adoption" summary={summary} draw={draw} report={report} format={format} note={note}>
      {(title) => (
        <>
          <ScrollingTable
            caption={title}
            columns={[
              t('evidenceView.step'),
              t('evidenceView.learners'),
              ...(population.size === null ? [] : [t('evidenceView.population.share')]),
            ]}
          >
            {population.size !== null && (
              <tr>
                <th scope="row">{t('evidenceView.population.entered')}</th>
                <td className="num">{number.format(population.size)}</td>
                <td className="num">{format.share(1)}</td>
              </tr>
            )}
            {STEPS.map((step) => (
              <tr key={step}>
                <th scope="row">{stepName(step)}</th>
                <td className="num">{format.count(report.adoption[step])}</td>
                {population.size !== null && <td className="num">{format.share(population[step])}</td>}
              </tr>
            ))}
          </ScrollingTable>
          {functions.length > 0 && (
            <ScrollingTable
              caption={t('evidenceView.population.byFunction')}
              columns={[t('evidenceView.function'), t('evidenceView.population.entered'), ...STEPS.map(stepName)]}
            >
              {functions.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.name}</th>
                  <td className="num">{number.format(f.size!)}</td>
                  {STEPS.map((step) => (
                    <td className="num" key={step}>
                      {format.share(f[step])}
                    </td>
                  ))}
                </tr>
              ))}
            </ScrollingTable>
          )}
        </>
      )}
    </EvidenceSection>
  );
}
