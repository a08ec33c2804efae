import { describe, expect, it } from 'vitest';
import { applyRoleMapping } from './roleMapping.ts';
import type { ColumnSchema, Role } from './types.ts';

const column = (name: string, role: Role, index: number): ColumnSchema => ({
  name,
  index,
  role,
  type: 'text',
  format: {},
  missing: 0,
  distinct: 1,
  distinctCapped: false,
  samples: [],
});

describe('applyRoleMapping', () => {
  const schema = [
    column('text', 'text', 0),
    column('title', 'other', 1),
    column('source', 'category', 2),
  ];

  it("moves a single role to the user's column and frees the proposed one", () => {
    const out = applyRoleMapping(schema, { title: 'text' });
    expect(out.map((c) => c.role)).toEqual(['other', 'text', 'category']);
  });

  it('keeps roles the mapping does not mention, and ignores unknown names', () => {
    const out = applyRoleMapping(schema, { source: 'label', nope: 'text' });
    expect(out.map((c) => c.role)).toEqual(['text', 'other', 'label']);
  });
});
