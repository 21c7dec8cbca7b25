import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyImports, bodyImportValue } from './bodyImports';

const content = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'curricula', 'exercises', 'content');
const moduleFile = join(content, 'modules', 'intro-mapping.mdx');

describe('bodyImports', () => {
  it('finds the files a body imports, leaving their lines blank so the rest keeps its line numbers', () => {
    const body =
      'Intro.\n\nimport wideMap from \'../images/wide-map.png\';\nimport intro from "../media/intro.mp4?url";\n\n<Figure src={wideMap} />\n';

    const { imports, body: rest } = bodyImports(body, moduleFile);

    expect(imports).toEqual([
      { name: 'wideMap', file: join(content, 'images', 'wide-map.png'), query: '' },
      { name: 'intro', file: join(content, 'media', 'intro.mp4'), query: '?url' },
    ]);
    expect(rest).toBe('Intro.\n\n\n\n\n<Figure src={wideMap} />\n');
  });

  it('gives an image its download address and size, and a ?url file its address', async () => {
    const [image, media] = bodyImports(
      "import a from '../images/wide-map.png';\nimport b from '../media/intro.mp4?url';\n",
      moduleFile,
    ).imports;

    expect(await bodyImportValue(image!)).toMatchObject({
      src: expect.stringMatching(/^\/downloads\/wide-map\.[0-9a-f]{8}\.png$/),
      width: expect.any(Number),
      height: expect.any(Number),
    });
    expect(await bodyImportValue(media!)).toMatch(/^\/downloads\/intro\.[0-9a-f]{8}\.mp4$/);
  });

  it('refuses any other import with what a body can import', async () => {
    const [other] = bodyImports("import Chart from '../components/Chart.astro';\n", moduleFile).imports;
    await expect(bodyImportValue(other!)).rejects.toThrow(/imports images .* and other files with \?url/);
  });
});
