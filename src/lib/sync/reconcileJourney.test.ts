import { describe, expect, it } from 'vitest';
import { reconcileJourney } from './reconcileJourney';

const copy = (updatedAt: string, target = 'model') => ({ snapshot: { context: { target } }, updatedAt });
const remote = (updatedAt: string, etag: string, target = 'model') => ({
  document: { ...copy(updatedAt, target), device: 'other' },
  etag,
});

describe('reconcileJourney', () => {
  it('sends the local journey when the LRS has none yet, creating it only if still absent', () => {
    expect(reconcileJourney(copy('2026-11-01T10:00:00Z'), undefined, undefined)).toEqual({
      action: 'push',
      copy: copy('2026-11-01T10:00:00Z'),
      ifMatch: undefined,
    });
    expect(reconcileJourney(undefined, undefined, undefined)).toEqual({ action: 'none' });
  });

  it('does nothing when neither side changed since the last sync', () => {
    expect(
      reconcileJourney(copy('2026-11-01T10:00:00Z'), remote('2026-11-01T10:00:00Z', '"a"'), {
        etag: '"a"',
        updatedAt: '2026-11-01T10:00:00Z',
      }),
    ).toEqual({ action: 'none' });
  });

  it('sends a local change over the version it last saw (If-Match)', () => {
    const decision = reconcileJourney(copy('2026-11-02T10:00:00Z'), remote('2026-11-01T10:00:00Z', '"a"'), {
      etag: '"a"',
      updatedAt: '2026-11-01T10:00:00Z',
    });
    expect(decision).toEqual({ action: 'push', copy: copy('2026-11-02T10:00:00Z'), ifMatch: '"a"' });
  });

  it("adopts another device's change when this device changed nothing", () => {
    const decision = reconcileJourney(copy('2026-11-01T10:00:00Z'), remote('2026-11-03T10:00:00Z', '"b"', 'path'), {
      etag: '"a"',
      updatedAt: '2026-11-01T10:00:00Z',
    });
    expect(decision).toEqual({
      action: 'adopt',
      copy: { ...copy('2026-11-03T10:00:00Z', 'path'), device: 'other' },
      etag: '"b"',
    });
  });

  it('keeps the more recent plan when both changed, over the version on the LRS, and says so', () => {
    const mark = { etag: '"a"', updatedAt: '2026-11-01T10:00:00Z' };
    const localNewer = reconcileJourney(
      copy('2026-11-04T10:00:00Z', 'mine'),
      remote('2026-11-03T10:00:00Z', '"b"', 'theirs'),
      mark,
    );
    expect(localNewer).toMatchObject({
      action: 'merge',
      copy: copy('2026-11-04T10:00:00Z', 'mine'),
      ifMatch: '"b"',
      keptFrom: 'this device',
    });
    const remoteNewer = reconcileJourney(
      copy('2026-11-02T10:00:00Z', 'mine'),
      remote('2026-11-03T10:00:00Z', '"b"', 'theirs'),
      mark,
    );
    expect(remoteNewer).toMatchObject({
      action: 'merge',
      copy: copy('2026-11-03T10:00:00Z', 'theirs'),
      keptFrom: 'another device',
    });
  });

  it('treats a first sync on a device that already has a journey as a change on both sides', () => {
    expect(
      reconcileJourney(copy('2026-11-02T10:00:00Z'), remote('2026-11-01T10:00:00Z', '"a"'), undefined),
    ).toMatchObject({ action: 'merge', keptFrom: 'this device' });
  });

  it("replaces a document on the LRS it cannot read with this device's journey, over its ETag", () => {
    const unreadable = { document: undefined, etag: '"x"' };
    expect(reconcileJourney(copy('2026-11-02T10:00:00Z'), unreadable, undefined)).toEqual({
      action: 'push',
      copy: copy('2026-11-02T10:00:00Z'),
      ifMatch: '"x"',
    });
    expect(reconcileJourney(undefined, unreadable, undefined)).toEqual({ action: 'none' });
  });
});
