import type { Translate } from '../lib/i18n/createTranslator';
import type { PlannerCurriculum } from '../lib/journey/plannerCurriculum';
import { suggestRemedy } from '../lib/journey/suggestRemedy';
import SplitLink from './SplitLink';
import { useRevisitFlags } from './useRevisitFlags';

/** What the notice says; part of the journey's messages. */
export const revisitNoticeMessages = [
  'review.revisit',
  'review.revisitIntro',
  'review.revisitCompetency',
  'review.revisitModule',
] as const;

/**
 * "Worth revisiting" on the journey: each competency whose review cards keep failing
 * (`worthRevisiting`), with the journey's remedy for the module missed last (`suggestRemedy`: its
 * gentlest prerequisite, else the module itself). Nothing while no competency is flagged.
 */
export default function RevisitNotice({
  curriculum,
  t,
  base,
}: {
  curriculum: PlannerCurriculum;
  t: Translate<(typeof revisitNoticeMessages)[number]>;
  /** Where the site's pages in the learner's locale start: "/" or "/fr/". */
  base: string;
}) {
  const flags = useRevisitFlags(curriculum);
  if (flags.length === 0) return null;
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const names = new Map(curriculum.competencies.map((c) => [c.id, c.name]));
  return (
    <section className="notice" aria-labelledby="revisit">
      <h2 id="revisit">{t('review.revisit')}</h2>
      <p>{t('review.revisitIntro')}</p>
      <ul>
        {flags.map(({ competency, missedModules }) => {
          const remedy = suggestRemedy(curriculum, missedModules[0]!);
          const target = remedy.kind === 'remedial' ? remedy.moduleId : remedy.forModuleId;
          return (
            <li key={competency}>
              <SplitLink
                text={t('review.revisitCompetency', {
                  competency: names.get(competency) ?? competency,
                  link: '{link}',
                })}
                href={`${base}modules/${target}/`}
                label={t('review.revisitModule', { module: modules.get(target)?.title ?? target })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
