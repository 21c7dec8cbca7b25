import { describe, expect, it } from 'vitest';
import { checkPreconditions } from './checkPreconditions.ts';

const status = (fn: () => void) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { status: number }).status;
  }
};

describe('checkPreconditions', () => {
  it('passes a matching If-Match (quoted or not) and fails a stale one with 412', () => {
    expect(status(() => checkPreconditions('abc', { ifMatch: '"abc"', ifNoneMatch: undefined }, true))).toBe('ok');
    expect(status(() => checkPreconditions('abc', { ifMatch: '"old", "abc"', ifNoneMatch: undefined }, true))).toBe(
      'ok',
    );
    expect(status(() => checkPreconditions('abc', { ifMatch: '"old"', ifNoneMatch: undefined }, true))).toBe(412);
    expect(status(() => checkPreconditions(undefined, { ifMatch: '*', ifNoneMatch: undefined }, true))).toBe(412);
  });

  it('fails If-None-Match: * when the document exists', () => {
    expect(status(() => checkPreconditions('abc', { ifMatch: undefined, ifNoneMatch: '*' }, true))).toBe(412);
    expect(status(() => checkPreconditions(undefined, { ifMatch: undefined, ifNoneMatch: '*' }, true))).toBe('ok');
  });

  it('answers 409 for an unconditional write over an existing document only where required', () => {
    expect(status(() => checkPreconditions('abc', { ifMatch: undefined, ifNoneMatch: undefined }, true))).toBe(409);
    expect(status(() => checkPreconditions('abc', { ifMatch: undefined, ifNoneMatch: undefined }, false))).toBe('ok');
    expect(status(() => checkPreconditions(undefined, { ifMatch: undefined, ifNoneMatch: undefined }, true))).toBe(
      'ok',
    );
  });
});
