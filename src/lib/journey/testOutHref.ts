/** The query parameter that opens a module page in its test-out mode (`/modules/<id>/?test-out`). */
export const TEST_OUT_PARAM = 'test-out';

/** The address (under `base`, where the pages of the learner's locale start) of `moduleId`'s test-out, with `params` after the mode. */
export function testOutHref(moduleId: string, base = '/', params?: URLSearchParams): string {
  const rest = params?.toString();
  return `${base}modules/${moduleId}/?${TEST_OUT_PARAM}${rest ? `&${rest}` : ''}`;
}

/** Whether a page address's query (`location.search`) asks for the test-out mode. */
export function isTestOut(search: string): boolean {
  return new URLSearchParams(search).has(TEST_OUT_PARAM);
}

/** The test-out page's former address, `/modules/<id>/test-out/` or `/<locale>/modules/<id>/test-out/`. */
const FORMER_ADDRESS = /^(\/(?:[^/]+\/)?)modules\/([^/]+)\/test-out\/?$/;

/**
 * Where the test-out page's former address now leads: the module page in test-out mode, with the
 * former query (a quick quiz's queue) kept; undefined for any other address. The sync server
 * redirects with it, and the 404 page of a static host without redirect rules.
 */
export function testOutRedirect(pathname: string, search: string): string | undefined {
  const match = FORMER_ADDRESS.exec(pathname);
  if (!match) return undefined;
  const params = new URLSearchParams(search);
  params.delete(TEST_OUT_PARAM);
  return testOutHref(match[2]!, match[1], params);
}
