/**
 * HTML character references as social exports leave them in text (`&amp;`, `&#39;`, `&#x1F600;`),
 * decoded once, as a browser would decode them in text content (so `&amp;amp;` gives `&amp;`).
 */

/** The named references that turn up in posts; unknown names are left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '\u2026',
  mdash: '\u2014',
  ndash: '\u2013',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  bull: '\u2022',
  middot: '\u00B7',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  euro: '\u20AC',
  pound: '\u00A3',
  yen: '\u00A5',
  cent: '\u00A2',
  deg: '\u00B0',
  times: '\u00D7',
  divide: '\u00F7',
  plusmn: '\u00B1',
  para: '\u00B6',
  sect: '\u00A7',
  iexcl: '\u00A1',
  iquest: '\u00BF',
  shy: '\u00AD',
  zwj: '\u200D',
  zwnj: '\u200C',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  hearts: '\u2665',
  aacute: '\u00E1',
  eacute: '\u00E9',
  iacute: '\u00ED',
  oacute: '\u00F3',
  uacute: '\u00FA',
  Aacute: '\u00C1',
  Eacute: '\u00C9',
  Iacute: '\u00CD',
  Oacute: '\u00D3',
  Uacute: '\u00DA',
  agrave: '\u00E0',
  egrave: '\u00E8',
  ugrave: '\u00F9',
  acirc: '\u00E2',
  ecirc: '\u00EA',
  ocirc: '\u00F4',
  auml: '\u00E4',
  euml: '\u00EB',
  iuml: '\u00EF',
  ouml: '\u00F6',
  uuml: '\u00FC',
  Auml: '\u00C4',
  Ouml: '\u00D6',
  Uuml: '\u00DC',
  szlig: '\u00DF',
  ntilde: '\u00F1',
  Ntilde: '\u00D1',
  ccedil: '\u00E7',
  Ccedil: '\u00C7',
  atilde: '\u00E3',
  otilde: '\u00F5',
  oslash: '\u00F8',
  aring: '\u00E5',
};

/** HTML's remapping of references to C1 controls 0x80–0x9F onto what Windows-1252 meant by them. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(cp: number): string {
  // As the HTML spec: NUL, surrogates and beyond U+10FFFF become U+FFFD.
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(WINDOWS_1252[cp] ?? cp);
}

/** Decodes `&name;`, `&#123;` and `&#x1F600;` references (the trailing ';' is required). */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      return (Object.hasOwn(NAMED, name!) ? NAMED[name!] : undefined) ?? whole;
    },
  );
}
