import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runCaseExport } from '../../scripts/runCaseExport';
import { checkContent } from '../../src/authoring/checkContent';
import { runCli } from '../helpers/runCli';

const project = join(import.meta.dirname, '..', '..');
const { curriculum } = checkContent(project);

test('the built site publishes the framework at the CASE 1.0 REST paths, the package byte for byte as case:export writes it', async ({
  request,
}) => {
  const cli = await runCli(runCaseExport, []);
  expect(cli.status, cli.stderr).toBe(0);
  const pkg = JSON.parse(cli.stdout) as {
    CFDocument: { identifier: string };
    CFItems: Array<{ identifier: string }>;
    CFAssociations: Array<{ identifier: string }>;
  };
  expect(pkg.CFDocument.identifier).toBe(curriculum.framework.case!.identifier);

  const packageResponse = await request.get(`/ims/case/v1p0/CFPackages/${pkg.CFDocument.identifier}`);
  expect(packageResponse.status()).toBe(200);
  expect(packageResponse.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(await packageResponse.text()).toBe(cli.stdout);

  const documents = await request.get('/ims/case/v1p0/CFDocuments');
  expect(documents.status()).toBe(200);
  expect((await documents.json()).CFDocuments).toEqual([pkg.CFDocument]);

  const item = pkg.CFItems.at(-1)!;
  expect(await (await request.get(`/ims/case/v1p0/CFItems/${item.identifier}`)).json()).toEqual(item);
  const association = pkg.CFAssociations.at(-1)!;
  expect(await (await request.get(`/ims/case/v1p0/CFAssociations/${association.identifier}`)).json()).toEqual(
    association,
  );
});
