import { describe, expect, it } from 'vitest';
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
