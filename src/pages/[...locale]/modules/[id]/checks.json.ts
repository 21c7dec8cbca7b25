import type { APIRoute, GetStaticPaths } from 'astro';
import { getTranslationStates, moduleInLocale } from '../../../../data/translations';
import { answerKeyOf } from '../../../../lib/assessment/answerKey';

/** A translated module's answer key in its language: /<locale>/modules/<id>/checks.json (the source's is /modules/<id>/checks.json). */
export const getStaticPaths = (async () => {
  const { states } = await getTranslationStates();
  const translated = states.filter((s) => s.kind === 'modules' && s.status !== 'missing');
  return Promise.all(
    translated.map(async (s) => ({
      params: { locale: s.locale, id: s.id },
      props: { checks: (await moduleInLocale(s.id, s.locale)).module.checks },
    })),
  );
}) satisfies GetStaticPaths;

/** The answer key with the explanations and model answers in the page's language. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(answerKeyOf((props as { checks: Parameters<typeof answerKeyOf>[0] }).checks)), {
    headers: { 'content-type': 'application/json' },
  });
