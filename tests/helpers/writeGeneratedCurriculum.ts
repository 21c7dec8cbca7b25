import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { extractModuleText } from '../../src/lib/search/extractModuleText';
import { generatePlannerCurriculum, random } from './generatePlannerCurriculum';

const project = join(import.meta.dirname, '..', '..');

/** Sentences and headings of the real curriculum: generated modules read like real ones. */
function corpus() {
  const dir = join(project, 'content', 'modules');
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const file of readdirSync(dir)) {
    const body = readFileSync(join(dir, file), 'utf8').split(/^---$/m).slice(2).join('---');
    for (const section of extractModuleText(body)) {
      if (section.heading) headings.push(section.heading);
      sentences.push(
        ...(section.text.match(/[^.!?]+[.!?]/g) ?? []).map((s) => s.trim()).filter((s) => s.split(' ').length > 5),
      );
    }
  }
  return { sentences, headings };
}

/**
 * Writes a valid curriculum of `modules` generated modules into `dir` (a `content/` folder):
 * the structure comes from generatePlannerCurriculum (acyclic prerequisites, paths that keep
 * their promises), the prose from sentences of the real modules, with headings, lists, a
 * scenario, a key takeaway, knowledge checks and, in a third of modules, a local note. The
 * scale, regions and framework are the real ones. The same seed writes the same files.
 */
export function writeGeneratedCurriculum(dir: string, { modules, seed = 7 }: { modules: number; seed?: number }): void {
  const competencyCount = Math.max(5, Math.round(modules / 10));
  const plan = generatePlannerCurriculum({ seed, modules, competencies: competencyCount });
  const rnd = random(seed + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const { sentences, headings } = corpus();
  const paragraph = (n: number) => Array.from({ length: n }, () => pick(sentences)).join(' ');
  const real = (file: string) => join(project, 'content', file);

  mkdirSync(dir, { recursive: true });
  for (const file of ['scale.yaml', 'regions.yaml', 'framework.yaml'])
    if (existsSync(real(file))) cpSync(real(file), join(dir, file));
  const framework = existsSync(real('framework.yaml'))
    ? (parse(readFileSync(real('framework.yaml'), 'utf8')) as { areas?: { id: string }[] })
    : {};
  const areas = framework.areas?.map((a) => a.id) ?? ['mindset', 'skillset', 'process'];
  const regions = (parse(readFileSync(real('regions.yaml'), 'utf8')) as { id: string; kind: string }[])
    .filter((r) => r.kind !== 'global')
    .map((r) => r.id);
  const levels = (parse(readFileSync(real('scale.yaml'), 'utf8')) as { level: number }[]).map((l) => l.level);

  for (const sub of ['competencies', 'modules', 'paths', 'assessment', 'engagement-models'])
    mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, 'engagement-models', 'generated-model.yaml'),
    stringify({
      name: 'Generated engagement model',
      promise: 'A generated model that exercises Cohesion at the size of a large curriculum.',
      principles: [{ title: 'Outside in', description: "Start from the account's goals and pressures." }],
      defaultTargets: plan.defaultTargets,
    }),
  );
  plan.competencies.forEach((c, i) => {
    writeFileSync(
      join(dir, 'competencies', `${c.id}.yaml`),
      stringify({
        name: `${pick(headings)} (${c.id})`,
        area: areas[i % areas.length],
        description: paragraph(2),
        levels: Object.fromEntries(levels.map((l) => [l, `At level ${l}: ${pick(sentences)}`])),
      }),
    );
    writeFileSync(
      join(dir, 'assessment', `${c.id}.yaml`),
      stringify({
        competency: c.id,
        items: [0, 1, 2].map((k) => ({
          id: `${c.id}-${k}`,
          kind: k === 2 ? 'scenario' : 'behavioural',
          prompt: pick(sentences),
          options: [0, ...levels].map((level) => ({ text: `Option for level ${level}: ${pick(sentences)}`, level })),
        })),
      }),
    );
  });
  plan.paths.forEach((p) => {
    writeFileSync(
      join(dir, 'paths', `${p.id}.yaml`),
      stringify({ title: p.title, summary: paragraph(1), builds: p.builds, stages: p.stages }),
    );
  });

  for (const m of plan.modules) {
    const checks = m.checks.map((id) => ({
      id,
      question: pick(sentences),
      options: [
        { text: pick(sentences), correct: true, explanation: pick(sentences) },
        { text: pick(sentences), explanation: pick(sentences) },
        { text: pick(sentences), explanation: pick(sentences) },
      ],
    }));
    const frontmatter = {
      title: `${pick(headings)} ${m.id}`,
      summary: paragraph(1),
      model: 'generated-model',
      develops: m.develops,
      duration: m.duration,
      prerequisites: m.prerequisites,
      objectives: [pick(sentences), pick(sentences)],
      tags: [pick(headings).split(' ')[0]!.toLowerCase()],
      checks,
    };
    const sections = Array.from({ length: 4 }, () => `## ${pick(headings)}\n\n${paragraph(4)}\n\n${paragraph(3)}\n`);
    const body = [
      paragraph(3),
      sections[0],
      `- ${pick(sentences)}\n- ${pick(sentences)}\n- ${pick(sentences)}\n`,
      `<KnowledgeCheck id="${checks[0]!.id}" />\n`,
      sections[1],
      `<Scenario title="${pick(headings).replace(/"/g, '')}">\n\n${paragraph(3)}\n\n</Scenario>\n`,
      sections[2],
      rnd() < 0.33 ? `<LocalNote region="${pick(regions)}">\n\n${paragraph(2)}\n\n</LocalNote>\n` : '',
      sections[3],
      `<KeyTakeaway>\n\n${paragraph(2)}\n\n</KeyTakeaway>\n`,
    ].join('\n');
    writeFileSync(join(dir, 'modules', `${m.id}.mdx`), `---\n${stringify(frontmatter)}---\n${body}`);
  }
}
