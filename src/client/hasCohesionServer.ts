/**
 * Whether the page is served by Cohesion's server: it answers `/xapi/about` without credentials,
 * while static hosting has no such resource. Never rejects.
 */
export async function hasCohesionServer(): Promise<boolean> {
  try {
    const response = await fetch('/xapi/about');
    const about = (await response.json().catch(() => null)) as { version?: unknown } | null;
    return response.ok && Array.isArray(about?.version);
  } catch {
    return false;
  }
}
