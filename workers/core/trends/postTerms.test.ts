import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema, type ColumnSchema } from '../schema/index.ts';
import { postHashtags, postTextTerms } from './postTerms.ts';

function table(
  header: string[],
  rows: string[][],
  roles: Record<string, ColumnSchema['role']> = {},
) {
  const t = tableFromRows(header, rows);
  const schema = inferSchema(t).map((c) => (roles[c.name] ? { ...c, role: roles[c.name]! } : c));
  return { t, schema };
}

const LONG = 'a post long enough to be taken for text by the importer';

describe('post terms', () => {
  it('reads the hashtags column in its list format, case-folded as the reference does', () => {
    const { t, schema } = table(
      ['text', 'hashtags'],
      [
        [`${LONG} one`, "['PfizerBioNTech', 'Covid-19']"],
        [`${LONG} two`, ''],
        [`${LONG} three`, "['vaccine']"],
      ],
    );
    const r = postHashtags(t, schema);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.source).toEqual({ kind: 'hashtag-column', column: 'hashtags' });
    expect(r.value.lists).toEqual([['pfizerbiontech', 'covid'], [], ['vaccine']]);
    expect(r.value.postsWithTerms).toBe(2);
  });

  it('extracts #tags from the text when no column has the hashtags role, in any script; emoji are not tags', () => {
    const { t, schema } = table(
      ['text'],
      [
        [`${LONG} #Vaccine #東京2020 #Привет`],
        [`${LONG} #💉 #vaccine💉 #مرحبا`],
        [`${LONG} no tags`],
      ],
    );
    const r = postHashtags(t, schema);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.source).toEqual({ kind: 'text-hashtags', column: 'text' });
    expect(r.value.lists).toEqual([['vaccine', '東京2020', 'привет'], ['vaccine', 'مرحبا'], []]);
  });

  it('gives text terms as word runs without stopwords, negations, URLs, mentions, numbers or emoji', () => {
    const { t, schema } = table(
      ['text'],
      [["The vaccine's here! @bob https://x.co/a covid-19 2021 #Pfizer 🙂 don't"], ['a an the']],
    );
    const r = postTextTerms(t, schema);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.source).toEqual({ kind: 'text-terms', column: 'text' });
    // "here" is an English stopword, "don't" a negation; "vaccine's" keeps its word run "vaccine"
    expect(r.value.lists).toEqual([['vaccine', 'covid', 'pfizer'], []]);
    expect(r.value.postsWithTerms).toBe(1);
  });

  it('fails with NO_TEXT_COLUMN when there is neither a hashtags nor a text column', () => {
    const { t, schema } = table(['n'], [['1'], ['2']]);
    const r = postHashtags(t, schema);
    expect(r.ok ? 'ok' : r.error.code).toBe('NO_TEXT_COLUMN');
    expect(postTextTerms(t, schema).ok).toBe(false);
  });
});
