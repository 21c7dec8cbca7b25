import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

/** One hydrated island of a page and the JavaScript it costs (its component and renderer with their static imports). */
export interface IslandCost {
  component: string;
  client: string;
  files: number;
  gzip: number;
}

/** The JavaScript of a page read from its HTML and the built files: what runs before interaction, what only later. */
export interface PageScripts {
  upFront: { files: number; raw: number; gzip: number };
  later: { files: number; raw: number; gzip: number };
  islands: IslandCost[];
}

/** Astro's directives and Cohesion's (`client:interaction`, src/integrations/hydrateOnInteraction.ts): true when the island hydrates before any input. */
const HYDRATES_UP_FRONT: Record<string, boolean> = {
  load: true,
  idle: true,
  only: true,
  visible: false,
  media: false,
  interaction: false,
};
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Every module graph edge from the site's built files, resolved by esbuild (the parser the field trusts), keyed by site path. */
async function moduleGraph(siteDir: string, entries: string[], inline: string[]): Promise<Metafile> {
  const site: Plugin = {
    name: 'site',
    setup(b) {
      b.onResolve({ filter: /^inline:/ }, (a) => ({ path: a.path, namespace: 'inline' }));
      b.onLoad({ filter: /.*/, namespace: 'inline' }, (a) => ({
        contents: inline[Number(a.path.slice('inline:'.length))]!,
        loader: 'js',
        resolveDir: siteDir,
      }));
      // Root-relative URLs (`/_astro/x.js`) are files of the site, not of the disk.
      b.onResolve({ filter: /^\// }, (a) => (a.path.startsWith(siteDir) ? undefined : { path: join(siteDir, a.path) }));
      b.onResolve({ filter: /^[^./]/ }, (a) =>
        a.path.startsWith('inline:') ? undefined : { path: a.path, external: true },
      );
    },
  };
  const result = await build({
    entryPoints: [...entries, ...inline.map((_, i) => `inline:${i}`)],
    absWorkingDir: siteDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(siteDir, '.esbuild-unused'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [site],
  });
  return result.metafile;
}

/** Site-relative files reachable from `roots` following static imports only, or every import when `dynamic`. */
function closure(graph: Metafile, roots: string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || !graph.inputs[file]) continue;
    seen.add(file);
    for (const edge of graph.inputs[file].imports)
      if (!edge.external && (dynamic || edge.kind === 'import-statement')) stack.push(edge.path);
  }
  return seen;
}

/**
 * Reads a built page's HTML for the JavaScript it loads: module scripts, modulepreloads and the
 * islands that hydrate at once (`client:load`, `client:idle`, `client:only`) and everything they
 * import statically run before interaction; dynamic imports and `client:visible`, `client:media` and
 * `client:interaction` islands come later. An island of any other directive is refused. Sizes are of the built files, gzip per file as a server would send them.
 */
export async function analysePageScripts(siteDir: string, html: string): Promise<PageScripts> {
  const key = (url: string) => url.replace(/^\//, '');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) =>
    /type="module"/.test(m[1]!),
  );
  const srcs = scripts.map((m) => attr(m[1]!, 'src')).filter((s): s is string => s !== undefined);
  const inline = scripts.filter((m) => attr(m[1]!, 'src') === undefined).map((m) => m[2]!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)]
    .map((m) => attr(m[0], 'href')!)
    .filter(Boolean);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => ({
    component: attr(m[0], 'component-url') ?? '',
    renderer: attr(m[0], 'renderer-url'),
    client: attr(m[0], 'client') ?? 'load',
    name: /&quot;name&quot;:&quot;(\w+)&quot;/.exec(m[0])?.[1],
  }));
  for (const { client } of islands)
    if (!(client in HYDRATES_UP_FRONT))
      throw new Error(
        `An island hydrates with client:${client}, which analysePageScripts does not know: add it to HYDRATES_UP_FRONT, saying whether it hydrates before any input.`,
      );
  const islandFiles = islands.flatMap((i) => [i.component, ...(i.renderer ? [i.renderer] : [])]);
  const entries = [...new Set([...srcs, ...preloads, ...islandFiles])].map(key);
  const graph =
    entries.length + inline.length === 0 ? { inputs: {}, outputs: {} } : await moduleGraph(siteDir, entries, inline);
  const inlineRoots = inline.map((_, i) => `inline:inline:${i}`);

  const size = (files: Set<string>) => {
    let raw = 0;
    let gzip = 0;
    let count = 0;
    for (const f of files) {
      if (f.startsWith('inline:')) continue; // inline scripts are bytes of the HTML
      const body = readFileSync(join(siteDir, f));
      raw += body.length;
      gzip += gzipSync(body).length;
      count++;
    }
    return { files: count, raw, gzip };
  };
  const upFrontRoots = [
    ...srcs.map(key),
    ...preloads.map(key),
    ...inlineRoots,
    ...islands
      .filter((i) => HYDRATES_UP_FRONT[i.client])
      .flatMap((i) => [i.component, i.renderer ?? ''])
      .filter(Boolean)
      .map(key),
  ];
  const upFront = closure(graph, upFrontRoots, false);
  const everything = closure(graph, [...entries, ...inlineRoots], true);
  const later = new Set([...everything].filter((f) => !upFront.has(f)));
  return {
    upFront: size(upFront),
    later: size(later),
    islands: islands.map((i) => {
      const cost = size(closure(graph, [i.component, ...(i.renderer ? [i.renderer] : [])].map(key), false));
      return { component: i.name ?? i.component, client: i.client, files: cost.files, gzip: cost.gzip };
    }),
  };
}
