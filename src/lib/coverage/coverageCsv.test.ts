import { describe, expect, it } from 'vitest';
import { testCurriculum } from '../curriculum/testCurriculum';
import { analyseCoverage } from './analyseCoverage';
import { coverageCsv } from './coverageCsv';

describe('coverageCsv', () => {
  const curriculum = testCurriculum();
  curriculum.competencies[0]!.name = 'Mapping, buying centre';
  const csv = coverageCsv(analyseCoverage(curriculum));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a byte-order mark, so spreadsheets read it as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('starts with the header and has one row per competency × level', () => {
    expect(lines[0]).toBe(
      'competency_id,competency,area,level,level_name,target_level,module_count,module_ids,path_ids,minutes,status',
    );
    expect(lines.filter(Boolean)).toHaveLength(1 + 3 * 3);
  });

  it('writes each cell’s modules, paths, minutes and status, quoting text with commas', () => {
    expect(lines[1]).toBe('mapping,"Mapping, buying centre",skillset,1,Aware,2,1,intro,essentials,10,thin');
    expect(lines[3]).toBe('mapping,"Mapping, buying centre",skillset,3,Proficient,2,0,,,0,gap');
    expect(lines.find((l) => l.startsWith('planning,planning,skillset,3,'))).toBe(
      'planning,planning,skillset,3,Proficient,0,1,planning,,10,thin',
    );
  });
});
