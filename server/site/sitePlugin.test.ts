import { describe, expect, it } from 'vitest';
import { SQLITE_BACKEND } from '../testing/testBackends.ts';
import { useTestServer } from '../testing/testServer.ts';

describe('serving the built site beside /xapi/ and /api/', () => {
  const siteFiles = {
    'index.html': '<h1>home</h1>',
    'modules/index.html': '<h1>modules</h1>',
    '404.html': '<h1>lost</h1>',
    'fr/404/index.html': '<h1>introuvable</h1>',
    'sw.js': 'self.addEventListener("install", () => {});',
    'ims/case/v1p0/CFDocuments': '{"CFDocuments":[]}\n',
  };
  const { server } = useTestServer(SQLITE_BACKEND, {}, { siteFiles });

  it('answers trailing-slash pages from their index.html and redirects the slashless form', async () => {
    expect(await (await fetch(`${server.url}/`)).text()).toBe('<h1>home</h1>');
    expect(await (await fetch(`${server.url}/modules/`)).text()).toBe('<h1>modules</h1>');
    const redirect = await fetch(`${server.url}/modules`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/modules/');
  });

  it("redirects the test-out page's former address to the module page's test-out mode, query kept", async () => {
    const old = await fetch(`${server.url}/modules/m1/test-out/?quiz=m1%2Cm2`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/modules/m1/?test-out&quiz=m1%2Cm2');
    const french = await fetch(`${server.url}/fr/modules/m1/test-out/`, { redirect: 'manual' });
    expect(french.status).toBe(301);
    expect(french.headers.get('location')).toBe('/fr/modules/m1/?test-out');
  });

  it('serves the 404 page with status 404 for unknown paths, and JSON 404s under /xapi/', async () => {
    const missing = await fetch(`${server.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>lost</h1>');
    const french = await fetch(`${server.url}/fr/nulle-part/`);
    expect(french.status).toBe(404);
    expect(await french.text()).toBe('<h1>introuvable</h1>');
    expect(await (await fetch(`${server.url}/fromage/`)).text()).toBe('<h1>lost</h1>');
    const api = await fetch(`${server.url}/xapi/nothing`);
    expect(api.status).toBe(404);
    expect((await api.json()).message).toMatch(/No resource/);
  });

  it('never lets the browser cache the service worker', async () => {
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the CASE REST resources (files without an extension) as JSON', async () => {
    const documents = await fetch(`${server.url}/ims/case/v1p0/CFDocuments`);
    expect(documents.status).toBe(200);
    expect(documents.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await documents.json()).toEqual({ CFDocuments: [] });
  });
});
