import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { type ContentIssue, fieldPath } from '../lib/curriculum/contentIssue';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { type FrameworkArea, frameworkAreaSchema } from '../lib/curriculum/frameworkSchema';
import { idSchema } from '../lib/curriculum/idSchema';
import { didYouMean } from '../lib/curriculum/suggestId';
import type { Unreadable } from '../lib/curriculum/validateCurriculum';
import type { TranslationEntry } from '../lib/translation/translationEntry';
import {
  CONTENT_DIR,
  folders,
  listFiles,
  optionalFiles,
  singleFiles,
  TRANSLATIONS_DIR,
  translationFolders,
} from './contentLayout';
import { parseYamlWithLines, type YamlSource } from './parseYamlWithLines';

/**
 * The areas of a framework file that fails its schema, as far as they are valid themselves, so the
 * competencies that name them are still checked instead of being hidden behind the framework's error.
 */
function salvagedAreas(data: unknown): FrameworkArea[] {
  const areas = (data as { areas?: unknown } | null | undefined)?.areas;
  if (!Array.isArray(areas)) return [];
  return areas.flatMap((area) => {
    const parsed = frameworkAreaSchema.safeParse(area);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The curriculum read from disk, the issues found while parsing and schema-checking it, and line lookup. */
export interface ReadResult {
  curriculum: Curriculum;
  issues: ContentIssue[];
  /** The 1-based line of a field (`develops[0].competency`) in a file, when it can be found. */
  lineOf: (file: string, field: string) => number | undefined;
  /** What is there but could not be read (already reported), so references to it are not reported again. */
  unreadable: Unreadable;
}

/**
 * Reads `content/` below `root` straight from disk — no Astro — parsing YAML and MDX front matter
 * and checking each file against its schema: the one reader of the curriculum, for the checker, the
 * CLIs and the build (`src/data/`). Files that fail their schema are left out of the curriculum (and
 * reported), so cross-reference checks can still run on the rest.
 */
export function readCurriculum(root: string): ReadResult {
  const issues: ContentIssue[] = [];
  const sources = new Map<string, YamlSource>();
  const lineFields = new WeakMap<ContentIssue, string>();
  const rel = (abs: string) => relative(root, abs).split('\\').join('/');
  /** The files of a content folder with `extension`, by name, each with its id (the name without it). */
  const entryFiles = (absDir: string, extension: string) =>
    (existsSync(absDir) ? readdirSync(absDir).sort() : [])
      .filter((name) => name.endsWith(extension))
      .map((name) => {
        const abs = join(absDir, name);
        return { name, abs, file: rel(abs), id: name.slice(0, -extension.length) };
      });

  const parse = (abs: string, text: string, offset: number): unknown => {
    const source = parseYamlWithLines(text, {
      file: rel(abs),
      offset,
      hint: 'Check indentation, and quote text that contains ": " or starts with a special character.',
    });
    sources.set(rel(abs), source);
    issues.push(...source.issues);
    return source.data;
  };

  const check = <S extends z.ZodType>(
    schema: S,
    data: unknown,
    file: string,
    prefix: PropertyKey[] = [],
  ): z.infer<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const problem of result.error.issues) {
      const hint =
        problem.code === 'unrecognized_keys'
          ? allowedKeysHint(schema, problem.path, problem.keys)
          : hintFor(schema, problem.path);
      const issue: ContentIssue = {
        file,
        field: fieldPath([...prefix, ...problem.path]),
        message: schemaMessage(problem),
        hint,
      };
      // An unknown field is reported on its parent, but the author needs the line of the field itself.
      if (problem.code === 'unrecognized_keys')
        lineFields.set(issue, fieldPath([...prefix, ...problem.path, problem.keys[0]!]));
      issues.push(issue);
    }
    return undefined;
  };

  /**
   * One entry file checked against its schema: an MDX file's front matter (its body kept for the
   * caller) or a YAML file's whole text. Undefined when it cannot be read; the issues say why.
   */
  const readEntry = <S extends z.ZodType>(
    abs: string,
    text: string,
    schema: S,
  ): { data: z.infer<S>; body?: string; bodyStartLine?: number } | undefined => {
    const file = rel(abs);
    if (!abs.endsWith('.mdx')) {
      const data = parse(abs, text, 0);
      const parsed = data === undefined ? undefined : check(schema, data, file);
      return parsed === undefined ? undefined : { data: parsed };
    }
    const mdx = frontMatterOf(text, file);
    if ('issue' in mdx) {
      issues.push(mdx.issue);
      return undefined;
    }
    const data = parse(abs, mdx.frontMatter, 1);
    const parsed = data === undefined ? undefined : check(schema, data, file);
    return parsed === undefined ? undefined : { data: parsed, body: mdx.body, bodyStartLine: mdx.bodyStartLine };
  };

  const unreadable: Unreadable = { entries: new Set(), scale: false };
  const contentRoot = resolve(root, CONTENT_DIR);
  const frameworkFile = join(contentRoot, singleFiles.framework.file);
  // A framework that is missing or fails its schema leaves no areas; the issue is reported once, below.
  const curriculum: Curriculum = {
    framework: { name: '', description: '', areas: [], file: rel(frameworkFile) },
    scale: [],
    regions: [],
    models: [],
    competencies: [],
    modules: [],
    paths: [],
    assessment: [],
  };

  if (!existsSync(frameworkFile)) {
    issues.push({
      file: rel(frameworkFile),
      field: '',
      message: 'File is missing.',
      hint: `Create ${rel(frameworkFile)} with the framework's name, description and areas; see AUTHORING.md.`,
    });
  } else {
    const data = parse(frameworkFile, readFileSync(frameworkFile, 'utf8'), 0);
    const parsed = data === undefined ? undefined : check(singleFiles.framework.schema, data, rel(frameworkFile));
    if (parsed) curriculum.framework = { ...parsed, file: rel(frameworkFile) };
    else curriculum.framework.areas = salvagedAreas(data);
  }

  /** An optional file, checked by its schema (`empty` standing for a file of only comments); undefined when absent or wrong. */
  const readOptional = <K extends keyof typeof optionalFiles>(key: K, empty: unknown) => {
    const { file, schema } = optionalFiles[key];
    const abs = join(contentRoot, file);
    if (!existsSync(abs)) return undefined;
    const data = parse(abs, readFileSync(abs, 'utf8'), 0);
    // The schema of `key`, so the entry has its type (TypeScript cannot follow a generic key through `check`).
    return (data === undefined ? undefined : check<z.ZodType>(schema, data ?? empty, rel(abs))) as
      | z.infer<(typeof optionalFiles)[K]['schema']>
      | undefined;
  };
  // An empty file means no synonyms, the site's defaults, no callout types of its own and no functions.
  const synonyms = readOptional('synonyms', []);
  if (synonyms) curriculum.synonyms = synonyms;
  const site = readOptional('site', {});
  if (site) curriculum.site = { ...site, file: rel(join(contentRoot, optionalFiles.site.file)) };
  const callouts = readOptional('callouts', []);
  if (callouts) curriculum.callouts = callouts;
  const functions = readOptional('functions', []);
  if (functions) curriculum.functions = functions;

  const casePatternsFile = join(contentRoot, optionalFiles.casePatterns.file);
  if (existsSync(casePatternsFile)) {
    const data = parse(casePatternsFile, readFileSync(casePatternsFile, 'utf8'), 0);
    // An empty file (only comments) adds no names or patterns.
    const parsed =
      data === undefined ? undefined : check(optionalFiles.casePatterns.schema, data ?? {}, rel(casePatternsFile));
    if (parsed) curriculum.casePatterns = parsed;
  }

  for (const key of ['scale', 'regions'] as const) {
    const { file: name, schema } = listFiles[key];
    const abs = join(contentRoot, name);
    if (!existsSync(abs)) {
      issues.push({
        file: rel(abs),
        field: '',
        message: 'File is missing.',
        hint: `Create ${rel(abs)}; see AUTHORING.md.`,
      });
      continue;
    }
    const data = parse(abs, readFileSync(abs, 'utf8'), 0);
    if (data === undefined || !Array.isArray(data)) unreadable.scale ||= key === 'scale';
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      issues.push({
        file: rel(abs),
        field: '',
        message: 'Expected a list of entries.',
        hint: 'Start each entry with "- id: …".',
      });
      continue;
    }
    data.forEach((entry, i) => {
      const parsed = check(schema, entry, rel(abs), [i]);
      // Both list schemas share the id/name shape; the cast keeps one loop for both files.
      if (parsed) (curriculum[key] as Array<typeof parsed & { file: string }>).push({ ...parsed, file: rel(abs) });
      else unreadable.scale ||= key === 'scale';
    });
  }

  for (const key of Object.keys(folders) as Array<keyof typeof folders>) {
    const { dir, extension, schema } = folders[key];
    for (const { name, abs, file, id } of entryFiles(join(contentRoot, dir), extension)) {
      if (!idSchema.safeParse(id).success) {
        issues.push({
          file,
          field: '',
          message: `The file name "${name}" is not a valid id.`,
          hint: `Rename it to kebab-case, e.g. "${id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}${extension}".`,
        });
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      if (key === 'modules') {
        const read = readEntry(abs, text, folders.modules.schema);
        if (read)
          curriculum.modules.push({ ...read.data, id, file, body: read.body!, bodyStartLine: read.bodyStartLine! });
        else unreadable.entries.add(`${key}:${id}`);
        continue;
      }
      const read = readEntry(abs, text, schema);
      if (read) (curriculum[key] as unknown[]).push({ ...read.data, id, file });
      else unreadable.entries.add(`${key}:${id}`);
    }
  }

  // Translations: content/translations/<locale>/<kind>/<id>, each checked against its overlay schema.
  const translationsRoot = join(contentRoot, TRANSLATIONS_DIR);
  const translations: TranslationEntry[] = [];
  const localeDirs = existsSync(translationsRoot) ? readdirSync(translationsRoot).sort() : [];
  for (const locale of localeDirs) {
    for (const kind of Object.keys(translationFolders) as Array<keyof typeof translationFolders>) {
      const { extension, schema } = translationFolders[kind];
      for (const { abs, file, id } of entryFiles(join(translationsRoot, locale, kind), extension)) {
        const read = readEntry(abs, readFileSync(abs, 'utf8'), schema);
        if (!read) continue;
        // The schema is the kind's own; the cast keeps one loop for every kind.
        translations.push({ kind, locale, id, file, ...read } as TranslationEntry);
      }
    }
  }
  if (translations.length > 0) curriculum.translations = translations;

  const lineOf = (file: string, field: string): number | undefined => sources.get(file)?.lineOf(parseFieldPath(field));

  for (const issue of issues) issue.line ??= lineOf(issue.file, lineFields.get(issue) ?? issue.field);
  return { curriculum: inReadingOrder(curriculum), issues, lineOf, unreadable };
}

/**
 * The order pages list entries in, so every reader of the curriculum sees the same lists: the
 * scale by level, Global first and then by name, competencies by name, modules by title; the rest
 * by file name, as read.
 */
function inReadingOrder(curriculum: Curriculum): Curriculum {
  return {
    ...curriculum,
    scale: [...curriculum.scale].sort((a, b) => a.level - b.level),
    regions: [...curriculum.regions].sort(
      (a, b) => Number(b.kind === 'global') - Number(a.kind === 'global') || a.name.localeCompare(b.name),
    ),
    competencies: [...curriculum.competencies].sort((a, b) => a.name.localeCompare(b.name)),
    modules: [...curriculum.modules].sort((a, b) => a.title.localeCompare(b.title)),
  };
}

/** An MDX file's front matter and body, with the line the body starts on, or the issue of a file without front matter. */
function frontMatterOf(
  text: string,
  file: string,
): { frontMatter: string; body: string; bodyStartLine: number } | { issue: ContentIssue } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match)
    return {
      issue: {
        file,
        field: '',
        line: 1,
        message: 'The module has no front matter.',
        hint: 'Start the file with a "---" line, the YAML fields, and another "---" line (run npm run new:module for a skeleton).',
      },
    };
  return { frontMatter: match[1]!, body: text.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

/** `develops[0].competency` → ['develops', 0, 'competency']. */
function parseFieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

function schemaMessage(problem: z.core.$ZodIssue): string {
  if (problem.code === 'invalid_type' && /received undefined/.test(problem.message))
    return 'Required field is missing.';
  if (problem.code === 'unrecognized_keys')
    return `Unknown field${problem.keys.length > 1 ? 's' : ''}: ${problem.keys.join(', ')}.`;
  return `${problem.message.charAt(0).toUpperCase()}${problem.message.slice(1)}.`;
}

/** For an unknown field: the fields allowed there, and the one probably meant. */
function allowedKeysHint(schema: z.ZodType, path: readonly PropertyKey[], keys: readonly string[]): string {
  const shape = (unwrap(schemaAt(schema, path)) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def
    ?.shape;
  if (!shape) return 'Remove the field, or check its spelling against AUTHORING.md.';
  const allowed = Object.keys(shape);
  return `Remove it or fix its spelling.${keys.map((k) => didYouMean(k, allowed)).join('')} Allowed here: ${allowed.join(', ')}.`;
}

/** The sub-schema at a data path, walking objects and arrays. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let node: unknown = schema;
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else if (def?.type === 'array') node = def.element;
    else return undefined;
  }
  return node;
}

/** The schema's own `.describe()` text for the field, which doubles as author documentation. */
function hintFor(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const node = schemaAt(schema, path);
  const description =
    (node as { description?: string } | undefined)?.description ??
    (unwrap(node) as { description?: string } | undefined)?.description;
  return description
    ? `Expected: ${description}. See AUTHORING.md.`
    : 'See AUTHORING.md for the fields this file takes.';
}

function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (current?.def && ['optional', 'default', 'nullable'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
