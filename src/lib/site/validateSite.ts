import type { ContentIssue } from '../curriculum/contentIssue';
import type { Curriculum } from '../curriculum/curriculum';
import { contrastRatio } from './contrastRatio';

/** WCAG AA's minimum contrast for body text. */
const AA_TEXT = 4.5;
const WHITE = '#ffffff';

/**
 * What the site file's schema cannot see alone: brand colours below WCAG AA contrast, a model word
 * without a model (or the reverse), a navigation entry for a page with nothing to show, and
 * archetype regions without a word for them.
 */
export function validateSite(curriculum: Curriculum): ContentIssue[] {
  const { site } = curriculum;
  if (!site) return [];
  const { file } = site;
  const issues: ContentIssue[] = [];
  const colours = [
    { field: 'brand.colour', colour: site.brand.colour, use: 'links on the white page' },
    { field: 'brand.strongColour', colour: site.brand.strongColour, use: 'white header text on it' },
  ];
  for (const { field, colour, use } of colours) {
    const ratio = contrastRatio(colour, WHITE);
    if (ratio < AA_TEXT)
      issues.push({
        file,
        field,
        message: `${colour} has a contrast of ${ratio.toFixed(2)}:1 with white, below WCAG AA's ${AA_TEXT}:1 for ${use}.`,
        hint: 'Choose a darker shade (a contrast checker shows the ratio as you pick).',
      });
  }
  const hasModels = curriculum.models.length > 0;
  if (hasModels && !site.terms.model)
    issues.push({
      file,
      field: 'terms.model',
      message: 'The curriculum has a model in engagement-models/, but the site has no word for it.',
      hint: 'Add terms.model with the singular and plural, e.g. { one: engagement model, other: engagement models }.',
    });
  if (!hasModels && site.terms.model)
    issues.push({
      file,
      field: 'terms.model',
      message: `The site names a ${site.terms.model.one}, but engagement-models/ has none.`,
      hint: 'Remove terms.model, or add the model as a file in engagement-models/.',
    });
  const modelAt = site.navigation.indexOf('model');
  if (modelAt >= 0 && !hasModels)
    issues.push({
      file,
      field: `navigation[${modelAt}]`,
      message: 'The navigation shows the model page, but there is no model.',
      hint: 'Remove "model" from navigation.',
    });
  if (curriculum.regions.some((r) => r.kind === 'archetype') && !site.terms.archetype)
    issues.push({
      file,
      field: 'terms.archetype',
      message: 'regions.yaml lists archetypes, but the site has no word for them.',
      hint: 'Add terms.archetype, e.g. { one: healthcare archetype, other: healthcare archetypes }.',
    });
  return issues;
}
