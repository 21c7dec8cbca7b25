/**
 * Layer rules (README, "Architecture"): `npm run lint` fails when one is broken.
 * - src/lib is pure domain logic: no Astro, React, Dexie, server or browser-binding code.
 * - server/ runs in Node: it never imports the browser's client, islands or database layers.
 * - islands bind state to markup and reach the learner's database only through src/client.
 */
const FRAMEWORKS =
  '(^|node_modules/)(@types/)?(astro|@astrojs/[^/]+|react|react-dom|@xstate/react|dexie|fastify|@fastify/[^/]+|pg)([:/]|$)';

/** A rule that fails the lint when a module under `from` (every module when undefined) imports one matching `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: from === undefined ? {} : { path: from },
  to,
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      'lib-is-pure',
      'src/lib holds pure domain logic: no Astro, React, Dexie or server frameworks.',
      '^src/lib/',
      {
        path: FRAMEWORKS,
      },
    ),
    forbid('lib-imports-only-lib', 'src/lib imports nothing from the site, browser or server layers.', '^src/lib/', {
      path: '^(src/(client|islands|db|data|pages|components|layouts|integrations|authoring)|server)/',
    }),
    forbid('server-not-browser', 'server/ never imports the browser layers.', '^server/', {
      path: '^src/(client|islands|db|components|layouts|pages)/',
    }),
    forbid(
      'islands-through-client',
      "Islands reach the learner's database only through src/client (see src/client/learnerStore.ts).",
      '^src/islands/',
      { path: '^src/db/' },
    ),
    forbid('resolvable', 'Every relative import resolves to a file.', undefined, {
      couldNotResolve: true,
      path: '^[.]',
    }),
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
