/**
 * Layer rules (README, "Architecture"): `npm run lint` fails when one is broken.
 * - src/lib is pure domain logic: no Astro, React, Dexie, server or browser-binding code.
 * - server/ runs in Node: it never imports the browser's client, islands or database layers.
 * - islands bind state to markup and reach the learner's database only through src/client.
 */
const FRAMEWORKS =
  '(^|node_modules/)(@types/)?(astro|@astrojs/[^/]+|react|react-dom|@xstate/react|dexie|fastify|@fastify/[^/]+|pg)([:/]|$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      comment: 'src/lib holds pure domain logic: no Astro, React, Dexie or server frameworks.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'lib-imports-only-lib',
      comment: 'src/lib imports nothing from the site, browser or server layers.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src/(client|islands|db|data|pages|components|layouts|integrations|authoring)|server)/' },
    },
    {
      name: 'server-not-browser',
      comment: 'server/ never imports the browser layers.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^src/(client|islands|db|components|layouts|pages)/' },
    },
    {
      name: 'islands-through-client',
      comment: "Islands reach the learner's database only through src/client (see src/client/learnerStore.ts).",
      severity: 'error',
      from: { path: '^src/islands/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'resolvable',
      comment: 'Every relative import resolves to a file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^[.]' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-[^/]+|\\.astro|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
