import { describe, expect, it } from 'vitest';
import { separatorLine } from './separatorLine.ts';

describe('separatorLine', () => {
  it('reads the delimiter Excel is told, and the length of the line to skip', () => {
    expect(separatorLine('sep=;\nid;text\n')).toEqual({ delimiter: ';', length: 6 });
    expect(separatorLine('"sep=,"\r\nid,text\r\n')).toEqual({ delimiter: ',', length: 9 });
    expect(separatorLine('SEP=|\nid|text\n')).toEqual({ delimiter: '|', length: 6 });
    expect(separatorLine('sep=\t\nid\ttext\n')).toEqual({ delimiter: '\t', length: 6 });
    expect(separatorLine('sep=;')).toEqual({ delimiter: ';', length: 5 });
  });

  it('skips a line naming a delimiter it does not read, leaving the choice to detection', () => {
    expect(separatorLine('sep=:\nid:text\n')).toEqual({ delimiter: null, length: 6 });
  });

  it('is not fooled by a first line that only starts like one', () => {
    expect(separatorLine('sep=;;x\n1;2;3\n')).toBeNull();
    expect(separatorLine('id,sep=;\n')).toBeNull();
    expect(separatorLine('separator,text\n;,a\n')).toBeNull();
    expect(separatorLine('sep=\nid\n')).toBeNull();
  });
});
