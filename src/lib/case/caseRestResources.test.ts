import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { caseRestResources } from './caseRestResources';
import { caseJson, exportCase } from './exportCase';

describe('caseRestResources', () => {
  it('publishes the package byte for byte as the CLI writes it, and every document, item, association and rubric on its own', () => {
    const pkg = exportCase(testCurriculum());
    const resources = caseRestResources(pkg);
    const byPath = new Map(resources.map((r) => [r.path, r.json]));
    expect(byPath.get(`CFPackages/${pkg.CFDocument.identifier}`)).toBe(caseJson(pkg));
    expect(JSON.parse(byPath.get('CFDocuments')!).CFDocuments).toEqual([pkg.CFDocument]);
    for (const item of pkg.CFItems!) expect(JSON.parse(byPath.get(`CFItems/${item.identifier}`)!)).toEqual(item);
    for (const association of pkg.CFAssociations!)
      expect(JSON.parse(byPath.get(`CFAssociations/${association.identifier}`)!)).toEqual(association);
    for (const rubric of pkg.CFRubrics!)
      expect(JSON.parse(byPath.get(`CFRubrics/${rubric.identifier}`)!)).toEqual(rubric);
    expect(resources).toHaveLength(2 + pkg.CFItems!.length + pkg.CFAssociations!.length + pkg.CFRubrics!.length);
  });
});
