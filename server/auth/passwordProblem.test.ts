import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordProblem.ts';

describe('passwordProblem', () => {
  it('accepts a long passphrase of unrelated words', () => {
    expect(passwordProblem('violet tractor lantern ocean', 'lead-ana')).toBeUndefined();
  });

  it('refuses a password shorter than 12 characters', () => {
    expect(passwordProblem('Tr4ctor!Sky', 'ana')).toMatch(/at least 12 characters/);
  });

  it('refuses a common breached password, also padded with digits or symbols', () => {
    expect(passwordProblem('1qaz2wsx3edc', 'ana')).toMatch(/common, breached/);
    expect(passwordProblem('password12345678', 'ana')).toMatch(/common, breached/);
    expect(passwordProblem('!!Sunshine2026!!', 'ana')).toMatch(/common, breached/);
  });

  it('refuses a password containing the user name, or one repeated character', () => {
    expect(passwordProblem('lead-ana-is-the-best', 'lead-ana')).toMatch(/user name/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'ana')).toMatch(/repeats/);
  });
});
