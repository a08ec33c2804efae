import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeColumns } from './mojibake.ts';

/**
 * What Excel shows for UTF-8 text it reads as Windows-1252, by the WHATWG decoder (independent of
 * ours). Streaming, as the importer decodes: Node 20's one-shot path decodes 0x80–0x9F as Latin-1.
 */
function garble(text: string): string {
  const decoder = new TextDecoder('windows-1252');
  return decoder.decode(new TextEncoder().encode(text), { stream: true }) + decoder.decode();
}

describe('repairMojibake', () => {
  it('gives back emoji, accents, curly quotes and ellipses', () => {
    const posts = [
      'Loved it 😂😂 so much',
      'Thumbs up 👍 from Zürich', // 👍 holds 0x8D, a byte Windows-1252 leaves undefined
      'Un été très réussi, merci !',
      'It’s “great”… really',
      'Ça coûte 5 € — señor',
      'Привет, мир',
    ];
    for (const post of posts) {
      const damaged = garble(post);
      expect(damaged).not.toBe(post);
      expect(repairMojibake(damaged)).toBe(post);
    }
    expect(garble('😂')).toBe('ðŸ˜‚');
  });

  it('repairs text that was saved wrongly twice', () => {
    expect(repairMojibake(garble(garble('café 😂')))).toBe('café 😂');
  });

  it('leaves text that was read right alone, accents and emoji included', () => {
    const right = [
      'plain ascii, nothing to do',
      'café… really',
      'NÃO ACEITO',
      'Ação de graças, São Paulo',
      'Größe ändern ß',
      'مرحبا بالعالم',
      '疫苗 接种',
      'Loved it 😂 ðŸ˜‚', // a real emoji beside a damaged one: not one encoding, so not touched
    ];
    for (const text of right) expect(repairMojibake(text)).toBeNull();
  });
});

describe('repairMojibakeColumns', () => {
  it('repairs cells in place and says how many, where and what they looked like', () => {
    const header = ['text', 'user', 'likes'];
    const columns = [
      [garble('Un été 😂'), 'fine text', garble('It’s ok')],
      ['ann', garble('José'), 'bob'],
      ['1', '2', '3'],
    ];
    const warning = repairMojibakeColumns(header, columns);
    expect(columns).toEqual([
      ['Un été 😂', 'fine text', 'It’s ok'],
      ['ann', 'José', 'bob'],
      ['1', '2', '3'],
    ]);
    expect(warning).toEqual({
      code: 'MOJIBAKE_REPAIRED',
      column: 'text',
      rows: 3,
      message:
        '3 cells of "text", "user" held text decoded in the wrong encoding ("Ã©tÃ©" for "été"), as when Excel opens a UTF-8 file and saves it again; they were repaired, so emoji and accented words count again. Check a few posts.',
    });
  });

  it('repairs column names too, so a Spanish export keeps its "Publicación"', () => {
    const header = [garble('Publicación'), 'Me gusta'];
    const columns = [
      [garble('¡Qué día! 😂'), 'hola'],
      ['3', '4'],
    ];
    const warning = repairMojibakeColumns(header, columns);
    expect(header).toEqual(['Publicación', 'Me gusta']);
    expect(columns[0]).toEqual(['¡Qué día! 😂', 'hola']);
    expect(warning?.message).toContain(
      '1 cell of "Publicación" held text decoded in the wrong encoding ("Â¡QuÃ©" for "¡Qué")',
    );
    expect(warning?.message).toContain('it was repaired, and so was a column name,');
    const namesOnly = [garble('Reacción'), 'text'];
    expect(repairMojibakeColumns(namesOnly, [['1'], ['hola']])?.message).toBe(
      'A column name was decoded in the wrong encoding, as when Excel opens a UTF-8 file and saves it again, and was repaired. Check the column names.',
    );
    expect(namesOnly[0]).toBe('Reacción');
  });

  it('says nothing when no cell is damaged', () => {
    const columns = [['café… really', 'NÃO']];
    expect(repairMojibakeColumns(['text'], columns)).toBeNull();
    expect(columns).toEqual([['café… really', 'NÃO']]);
  });
});
