import { parse, stringify } from 'yaml';

interface ModuleFrontmatter {
  title: string;
  summary: string;
  checks?: { id: string; question: string; options: { text: string }[] }[];
}

/** An attribute's value from an opening tag's source, if present. */
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Turns a Cohesion module (MDX with frontmatter and author components) into a plain MDX doc of the
 * same words for a documentation site: title and description only in the frontmatter; each
 * knowledge check written out as a question with its options; other components reduced to a bold
 * label (their title or region) followed by their text, so the peer renders the same reading.
 */
export function moduleAsPlainMdx(source: string): string {
  const [, yamlText, ...rest] = source.split(/^---$/m);
  const frontmatter = parse(yamlText ?? '') as ModuleFrontmatter;
  const checks = new Map((frontmatter.checks ?? []).map((c) => [c.id, c]));
  const body = rest
    .join('---')
    .replace(/<KnowledgeCheck\b[^>]*\/>/g, (tag) => {
      const check = checks.get(attribute(tag, 'id') ?? '');
      return check
        ? `**Check your understanding.** ${check.question}\n\n${check.options.map((o) => `- ${o.text}`).join('\n')}\n`
        : '';
    })
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, '')
    .replace(
      /<([A-Z]\w*)\b([^>]*)>/g,
      (tag, name: string) =>
        `**${attribute(tag, 'title') ?? (attribute(tag, 'region') ? `Local note (${attribute(tag, 'region')})` : name.replace(/([a-z])([A-Z])/g, '$1 $2'))}.**`,
    )
    .replace(/<\/[A-Z]\w*>/g, '');
  return `---\n${stringify({ title: frontmatter.title, description: frontmatter.summary })}---\n${body}`;
}
