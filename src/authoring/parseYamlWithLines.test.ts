import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { FIXTURES } from '../../tests/helpers/curriculumWorkspace';
import { parseYamlWithLines } from './parseYamlWithLines';

const hint = 'Check indentation.';

describe('parseYamlWithLines', () => {
  it('returns the data and the line of a nested field', () => {
    const source = parseYamlWithLines('name: Mapping\nlevels:\n  1: Aware\n  2: Practising\n', {
      file: 'content/competencies/mapping.yaml',
      hint,
    });

    expect(source.data).toEqual({ name: 'Mapping', levels: { 1: 'Aware', 2: 'Practising' } });
    expect(source.issues).toEqual([]);
    expect(source.lineOf(['levels', 2])).toBe(4);
  });

  it('reports a field that is not there on the nearest line that is', () => {
    const source = parseYamlWithLines('develops:\n  - competency: mapping\n', { file: 'm.yaml', hint });

    expect(source.lineOf(['develops', 0, 'level'])).toBe(2);
    expect(source.lineOf(['missing'])).toBe(1);
  });

  it('counts lines from the start of the file when the YAML starts further down (MDX front matter)', () => {
    const source = parseYamlWithLines('title: A\nsummary: B\n', { file: 'content/modules/a.mdx', hint, offset: 1 });

    expect(source.lineOf(['summary'])).toBe(3);
  });

  it('turns a syntax error into an issue with file, line and the given hint, and no data', () => {
    const source = parseYamlWithLines('title: A\nsummary: a: b\nduration: 5\n', {
      file: 'content/modules/a.mdx',
      hint,
      offset: 1,
    });

    expect(source.data).toBeUndefined();
    expect(source.issues).toHaveLength(1);
    expect(source.issues[0]).toMatchObject({ file: 'content/modules/a.mdx', field: '', hint });
    expect(source.issues[0]!.message).toMatch(/^YAML syntax error: /);
    expect(source.issues[0]!.line).toBe(3);
  });
});

describe('parseYamlWithLines on a broken file', () => {
  it('reports a syntax error once, at its line and column, not each error that follows from it', () => {
    const text = 'name: Value\nlevels:\n  1: Recognises value.\n2: Practises value.\n  3: Applies value.\n';
    const source = parseYamlWithLines(text, { file: 'content/competencies/value.yaml', hint });

    expect(source.issues).toHaveLength(1);
    expect(source.issues[0]).toMatchObject({ line: 4, column: 1 });
  });
});

describe('parseYamlWithLines on valid content', () => {
  const curricula = join(FIXTURES, 'curricula');
  // Every YAML file and module front matter of the fixture curricula.
  const texts = readdirSync(curricula, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .map((name) => {
      const text = readFileSync(join(curricula, name), 'utf8');
      return name.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
    });

  it('gives the data `yaml` gives, for every YAML file and front matter of the fixture curricula', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts)
      expect(parseYamlWithLines(text, { file: 'f.yaml', hint }).data).toEqual(parseDocument(text).toJS());
    for (const text of ['', '# only a comment\n', 'n: 0o17\nx: 1e3\ny: ~\nz: .inf\nd: 2026-12-01\nb: yes\n'])
      expect(parseYamlWithLines(text, { file: 'f.yaml', hint }).data).toEqual(parseDocument(text).toJS());
  });

  it('reads valid files without parsing positions until a line is asked for: less than half the CPU time', () => {
    const cpu = (read: () => void) => {
      const before = process.cpuUsage();
      for (let round = 0; round < 20; round++) read();
      const { user, system } = process.cpuUsage(before);
      return user + system;
    };
    const withPositions = () => {
      for (const text of texts) parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false }).toJS();
    };
    const asRead = () => {
      for (const text of texts) parseYamlWithLines(text, { file: 'f.yaml', hint });
    };
    withPositions();
    asRead();
    // CPU time rather than wall time, and the two interleaved, so other work on a shared machine hardly moves the ratio.
    const [a1, b1, a2, b2] = [cpu(asRead), cpu(withPositions), cpu(asRead), cpu(withPositions)];
    expect((a1 + a2) / (b1 + b2)).toBeLessThan(0.5);
  });
});
