import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractModuleText } from './extractModuleText';

const body = `import Something from './x';

Opening words about **the buying centre**.

## Map the people

A [link](https://example.com) and \`code\`.

| Role | Influence |
| ---- | --------- |
| Pharmacist | High |

<Scenario title="A tender arrives">

The hospital's tender asks for outcomes.

</Scenario>

<KnowledgeCheck id="roles" />

### Map the people

{props.hidden}

<LocalNote region="single-payer">A national formulary decides.</LocalNote>
`;

describe('extractModuleText', () => {
  const sections = extractModuleText(body);

  it('keeps the prose before the first heading as an untitled section', () => {
    expect(sections[0]).toEqual({ heading: null, anchor: null, text: 'Opening words about the buying centre.' });
  });

  it('splits at headings and gives each the id Astro gives it, de-duplicated like the page', () => {
    expect(sections.map((s) => s.anchor)).toEqual([null, 'map-the-people', 'map-the-people-1']);
  });

  it('keeps link text, code, table cells and the text and titles of components, and drops markup', () => {
    const text = sections[1]!.text;
    expect(text).toContain('A link and code.');
    expect(text).toContain('Pharmacist');
    expect(text).toContain('A tender arrives');
    expect(text).toContain("The hospital's tender asks for outcomes.");
    expect(text).not.toMatch(/[<>|*`[\]]/);
    expect(text).not.toContain('example.com');
  });

  it('leaves out imports, expressions and knowledge-check placeholders', () => {
    const all = sections.map((s) => s.text).join(' ');
    expect(all).not.toContain('import');
    expect(all).not.toContain('props.hidden');
    expect(all).not.toContain('roles');
    expect(sections[2]!.text).toBe('A national formulary decides.');
  });

  it('leaves out facilitator notes and exercise solutions, which learners do not read on the page', () => {
    const text = extractModuleText(
      '<Exercise id="e" title="Draft">\n\nDo the task.\n\n<Solution slot="solution">\n\nThe worked answer.\n\n</Solution>\n\n</Exercise>\n\n<FacilitatorNote>\n\nRun this in pairs.\n\n</FacilitatorNote>',
    )
      .map((s) => s.text)
      .join(' ');
    expect(text).toContain('Do the task.');
    expect(text).not.toContain('worked answer');
    expect(text).not.toContain('pairs');
  });

  it('reads maths as the build does (braces in a formula are not expressions) and leaves display formulas out', () => {
    const text = extractModuleText(
      'Share of wallet $s_i$ is\n\n$$\n\\frac{x_i}{\\sum_{i=1}^n x_i}\n$$\n\nfor each account.',
    )
      .map((s) => s.text)
      .join(' ');
    expect(text).toBe('Share of wallet s_i is for each account.');
  });
});

describe('extractModuleText at the scale of a build', () => {
  it('reads a module body in under 4 ms of CPU time, so a 1,000-module build spends seconds, not tens of seconds, on it', () => {
    const modules = join(import.meta.dirname, '..', '..', '..', 'content', 'modules');
    const bodies = readdirSync(modules).map((file) =>
      readFileSync(join(modules, file), 'utf8').split(/^---$/m).slice(2).join('---'),
    );
    extractModuleText(bodies[0]!); // loads the parser
    const rounds = 3;
    const before = process.cpuUsage();
    for (let round = 0; round < rounds; round++) for (const b of bodies) extractModuleText(b);
    const { user, system } = process.cpuUsage(before);
    // CPU time rather than wall time, so other work on a shared machine hardly moves it.
    expect((user + system) / 1000 / (rounds * bodies.length)).toBeLessThan(4);
  });
});
