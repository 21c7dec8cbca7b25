import { describe, expect, it } from 'vitest';
import { buildEnvironment } from './buildEnvironment';

describe('buildEnvironment', () => {
  it('reads the variables `npm run build` sets before astro build, so the bench builds as authors do', () => {
    expect(buildEnvironment('MALLOC_ARENA_MAX=2 MIMALLOC_PURGE_DELAY=0 astro build')).toEqual({
      MALLOC_ARENA_MAX: '2',
      MIMALLOC_PURGE_DELAY: '0',
    });
  });

  it('gives none when the script sets none', () => {
    expect(buildEnvironment('astro build')).toEqual({});
  });

  it('refuses a build script that does not end in astro build, rather than guess', () => {
    expect(() => buildEnvironment('vite build')).toThrow(/astro build/);
  });
});
