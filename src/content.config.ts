/**
 * No content collections: the curriculum, module bodies included, is read once by `readCurriculum`
 * (through `src/data/curriculum.ts`, the same reader `npm run check:content` uses), and a module page
 * compiles its body from that reading (`src/data/moduleBody.ts`). A collection of the module files would
 * have Astro read them again and bundle each body as a JavaScript module (BENCHMARKS.md, issue 21).
 */
export const collections = {};
