import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriCreateHighlightFn, satteriHeadingIdsPlugin, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { imageMetadata } from 'astro/assets/utils';
import { type HastPluginDefinition, type HastPluginEntry, mdxToJs } from 'satteri';
import { type BodyImport, bodyImports } from './bodyImports';
import { downloadUrl } from './downloadUrl';
import { moduleMdxProcessor } from './moduleMdxProcessor';

/** A heading of a module body, as Astro's `render()` lists them (the id the page links to, its text and level). */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A module body compiled to the body of a function that takes the JSX runtime, then the values of its
 * imports by name, and returns `{ default: MDXContent }`.
 */
export interface CompiledModuleBody {
  code: string;
  headings: BodyHeading[];
  imports: BodyImport[];
}

/** Where a body comes from: its file (relative images, links and errors are resolved from it) and the line it starts on. */
export interface BodySource {
  /** Absolute path of the module file. */
  file: string;
  /** The file line the body starts on (1 without front matter), so compiler positions are file lines. */
  startLine?: number;
}

let highlight: Promise<HastPluginEntry> | undefined;

/**
 * Local images (`![…](../files/x.svg)`, checked by authorMistakesPlugin) served at their fingerprinted
 * download address with the image's size, loaded lazily: the `<img>` Astro's image pipeline gave them,
 * without a JavaScript module per body to import them from.
 */
const localImagesPlugin = (file: string): HastPluginDefinition => ({
  name: 'cohesion:local-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.src;
      if (typeof src !== 'string' || src.startsWith('/') || URL.canParse(src)) return;
      const abs = resolve(dirname(file), decodeURI(src.replace(/[?#].*$/, '')));
      ctx.setProperty(node, 'src', downloadUrl(abs));
      ctx.setProperty(node, 'loading', 'lazy');
      ctx.setProperty(node, 'decoding', 'async');
      return imageMetadata(readFileSync(abs), abs).then(({ width, height }) => {
        ctx.setProperty(node, 'width', width);
        ctx.setProperty(node, 'height', height);
      });
    },
  },
});

/**
 * Compiles a module body with the build's MDX pipeline (moduleMdxProcessor's features and plugins,
 * then Astro's Prism highlighting and heading ids, as `@astrojs/mdx` runs them) to a function body
 * the page evaluates: a body is compiled once, when its page renders, rather than bundled as one
 * JavaScript module per module and loaded again to render. Rejects with the compiler's or
 * authorMistakesPlugin's error, positioned in the file.
 */
export async function compileModuleBody(
  body: string,
  { file, startLine = 1 }: BodySource,
): Promise<CompiledModuleBody> {
  const { features, mdastPlugins, hastPlugins } = moduleMdxProcessor().options;
  highlight ??= satteriCreateHighlightFn('prism', undefined).then((fn) => satteriHighlightPlugin(fn!, undefined));
  const astro = {
    frontmatter: {},
    headings: [] as BodyHeading[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const { imports, body: rest } = bodyImports(body, file);
  const result = await mdxToJs(`${'\n'.repeat(startLine - 1)}${rest}`, {
    outputFormat: 'function-body',
    mdastPlugins,
    hastPlugins: [await highlight, ...hastPlugins, localImagesPlugin(file), satteriHeadingIdsPlugin()],
    features: { ...features, gfm: true, smartPunctuation: true },
    fileURL: pathToFileURL(file),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro },
  });
  // The imports' values come as the function's second argument (the compiler would read them from the first).
  const names = imports.map((i) => i.name).join(', ');
  const code = names ? result.code.replace(/^"use strict";\n/, `$&const { ${names} } = arguments[1];\n`) : result.code;
  return { code, headings: (result.data.astro as typeof astro | undefined)?.headings ?? [], imports };
}
