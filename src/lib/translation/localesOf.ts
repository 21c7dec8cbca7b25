import type { Curriculum } from '../curriculum/curriculum';

/** The locales the curriculum declares (`locales:` in content/site.yaml), the first being the one its content is written in. */
export function localesOf(curriculum: Pick<Curriculum, 'site'>): string[] {
  return curriculum.site?.locales ?? ['en'];
}
