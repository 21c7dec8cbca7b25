import type { Translate } from '../lib/i18n/createTranslator';
import { h } from './h';

/** The journey page's call to the self-assessment (as JourneyView draws it): a heading, what the journey is, and the link. */
export function assessmentCall(
  heading: string,
  action: string,
  { t, base }: { t: Translate<'journeyView.planIntro'>; base: string },
): Node {
  return h(
    'section',
    {},
    h('h2', {}, heading),
    h('p', {}, t('journeyView.planIntro')),
    h('a', { class: 'button', href: `${base}assessment/` }, action),
  );
}
