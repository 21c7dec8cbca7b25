import { describe, expect, it } from 'vitest';
import { scanModuleBody } from './scanModuleBody';

describe('scanModuleBody', () => {
  it('lists capitalised components with their attributes and lines', () => {
    const body =
      'Text with <em>html</em>\n\n<LocalNote region="emerging">\n\nx\n\n</LocalNote>\n<Reflection id="r" prompt=\'Why? Say "why".\' />';
    expect(scanModuleBody(body)).toEqual([
      { name: 'LocalNote', attributes: { region: 'emerging' }, line: 3 },
      { name: 'Reflection', attributes: { id: 'r', prompt: 'Why? Say "why".' }, line: 8 },
    ]);
  });

  it('ignores tags inside fenced code blocks', () => {
    expect(scanModuleBody('```mdx\n<Callout type="tip">\n```\n<KeyTakeaway>')).toEqual([
      { name: 'KeyTakeaway', attributes: {}, line: 4 },
    ]);
  });
});
