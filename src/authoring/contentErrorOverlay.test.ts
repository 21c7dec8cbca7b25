import { describe, expect, it } from 'vitest';
import { contentErrorOverlay } from './contentErrorOverlay';

const unclosed = {
  file: 'content/modules/intro-mapping.mdx',
  field: '<Callout>',
  line: 18,
  column: 1,
  message: '<Callout> is opened here but never closed.',
  hint: 'Close it with </Callout>.',
};

describe('contentErrorOverlay', () => {
  it("points the dev server's error overlay at the first error's file, line and column", () => {
    const overlay = contentErrorOverlay([unclosed], '/work/course');

    expect(overlay?.loc).toEqual({ file: '/work/course/content/modules/intro-mapping.mdx', line: 18, column: 1 });
    expect(overlay?.message).toContain('content/modules/intro-mapping.mdx:18:1 (<Callout>)');
    expect(overlay?.message).toContain('Close it with </Callout>.');
  });

  it('shows nothing for warnings alone, so the page comes back once the errors are fixed', () => {
    expect(contentErrorOverlay([{ ...unclosed, severity: 'warning' }], '/work/course')).toBeUndefined();
    expect(contentErrorOverlay([], '/work/course')).toBeUndefined();
  });
});
