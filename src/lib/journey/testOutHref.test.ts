import { describe, expect, it } from 'vitest';
import { isTestOut, testOutHref, testOutRedirect } from './testOutHref';

describe('testOutHref', () => {
  it('opens the module page in its test-out mode', () => {
    expect(testOutHref('m1')).toBe('/modules/m1/?test-out');
    expect(testOutHref('m1', '/fr/')).toBe('/fr/modules/m1/?test-out');
  });

  it('carries further parameters after the mode', () => {
    expect(testOutHref('m1', '/', new URLSearchParams({ quiz: 'a,b' }))).toBe('/modules/m1/?test-out&quiz=a%2Cb');
  });
});

describe('isTestOut', () => {
  it('reads the mode from a page address, with or without a value or other parameters', () => {
    expect(isTestOut('?test-out')).toBe(true);
    expect(isTestOut('?test-out=&quiz=a')).toBe(true);
    expect(isTestOut('?quiz=a&test-out')).toBe(true);
    expect(isTestOut('')).toBe(false);
    expect(isTestOut('?quiz=a')).toBe(false);
  });
});

describe('testOutRedirect', () => {
  it('sends the old test-out page address to the module page in test-out mode, keeping its query', () => {
    expect(testOutRedirect('/modules/m1/test-out/', '')).toBe('/modules/m1/?test-out');
    expect(testOutRedirect('/modules/m1/test-out', '?quiz=a%2Cb')).toBe('/modules/m1/?test-out&quiz=a%2Cb');
    expect(testOutRedirect('/fr/modules/m1/test-out/', '?quiz=m1')).toBe('/fr/modules/m1/?test-out&quiz=m1');
  });

  it('leaves every other address alone', () => {
    expect(testOutRedirect('/modules/m1/', '')).toBeUndefined();
    expect(testOutRedirect('/modules/test-out/', '')).toBeUndefined();
    expect(testOutRedirect('/modules/m1/test-out/x/', '')).toBeUndefined();
    expect(testOutRedirect('/a/b/modules/m1/test-out/', '')).toBeUndefined();
  });
});
