import { createRequire } from 'node:module';

type Katex = typeof import('katex').default;
let loaded: Katex | undefined;
/** KaTeX, loaded at the first formula: a curriculum without maths never pays for it. */
const katex = (): Katex => (loaded ??= createRequire(import.meta.url)('katex') as Katex);

/** Why a formula cannot be typeset: KaTeX's message and the offset in the formula it points at. */
export interface MathsProblem {
  message: string;
  offset: number | undefined;
}

// MathML only: Chromium, Firefox and Safari render it natively, so no KaTeX CSS or fonts are shipped,
// and KaTeX's HTML output would need the inline style attributes the pages' CSP refuses.
const OPTIONS = { output: 'mathml', throwOnError: true, strict: 'ignore' } as const;

/** A formula (TeX) typeset as a MathML `<math>` element, `display` for a block; throws KaTeX's ParseError. */
export function renderMaths(tex: string, display: boolean): string {
  const html = katex().renderToString(tex, { ...OPTIONS, displayMode: display });
  // KaTeX wraps the <math> in a <span class="katex"> meant for its own stylesheet, which is not shipped.
  return html.replace(/^<span class="katex">/, '').replace(/<\/span>$/, '');
}

/** What is wrong with a formula (TeX), or undefined when KaTeX can typeset it. */
export function mathsProblem(tex: string): MathsProblem | undefined {
  try {
    katex().renderToString(tex, OPTIONS);
    return undefined;
  } catch (error) {
    if (!(error instanceof katex().ParseError)) throw error;
    return { message: error.rawMessage, offset: error.position };
  }
}
