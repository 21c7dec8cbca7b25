import { describe, expect, it } from 'vitest';
import { asRow } from './asRow.ts';
import { fromRow } from './fromRow.ts';

describe('asRow and fromRow', () => {
  it('store each camelCase field under its snake_case column', () => {
    expect(asRow({ id: 'e1', createdBy: 'lead', createdMs: 5 })).toEqual({
      id: 'e1',
      created_by: 'lead',
      created_ms: 5,
    });
  });

  it('read each column back under its field name, values untouched', () => {
    expect(fromRow({ id: 'e1', created_by: 'lead', created_ms: '5', size: null })).toEqual({
      id: 'e1',
      createdBy: 'lead',
      createdMs: '5',
      size: null,
    });
  });

  it('are each other’s inverse for a record of the server’s field names', () => {
    const record = { agentKey: 'mbox:a@example.org', jobFunction: 'nursing', statedBy: 'a', statedMs: 1 };
    expect(fromRow(asRow(record))).toEqual(record);
  });
});
