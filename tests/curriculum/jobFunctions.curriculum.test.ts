import { describe, expect, it } from 'vitest';
import { readCurriculum } from '../../src/authoring/readCurriculum';
import { toPlannerCurriculum } from '../../src/lib/journey/plannerCurriculum';

describe('the default curriculum’s functions (content/functions.yaml)', () => {
  const { curriculum, issues } = readCurriculum('.');

  it('lists the functions of a strategic-account programme, each with a French label', () => {
    expect(issues).toEqual([]);
    expect(curriculum.functions?.map((f) => f.id)).toEqual([
      'key-account-management',
      'sales',
      'medical',
      'market-access',
      'marketing',
      'heor',
      'service',
    ]);
    expect(curriculum.functions?.every((f) => f.translations?.fr !== undefined)).toBe(true);
  });

  it('ships them in the planner’s slice, which the server reads to check an invitation’s function', () => {
    expect(toPlannerCurriculum(curriculum).functions?.find((f) => f.id === 'market-access')).toEqual({
      id: 'market-access',
      name: 'Market access',
      translations: { fr: 'Accès au marché' },
    });
  });
});
