/**
 * The emoji-to-description map VADER scores emoji with, in place of vaderSentiment 3.3.2's
 * `emoji_utf8_lexicon.txt` (Emoji 11.0 names such as "white heavy check mark", "smiling face
 * with 3 hearts"). Built from `emojibase-data` 3.2.1, pinned: its CLDR annotations are the Emoji 11
 * ones, and with them every text of the four reference corpora scores exactly as the reference;
 * 4.x–17.x use later names ("check mark button") and disagree on about 1 % of emoji posts.
 * The package's 448 KB are reduced to the names VADER reads by `npm run make-emoji-names`
 * (emojiNames.ts), which is what ships.
 */
import { EMOJI_NAMES } from './emojiNames.ts';

/** Single code point to its English description ("grinning face"). */
export interface EmojiMap {
  readonly descriptions: ReadonlyMap<number, string>;
  /** The lowest code point in the map, for a quick "no emoji here" scan. */
  readonly minCodePoint: number;
}

/** The fields of an emojibase 3.x entry this map needs. */
export interface EmojiEntry {
  readonly hexcode: string;
  readonly annotation?: string;
  readonly skins?: readonly { readonly hexcode: string; readonly annotation?: string }[];
}

const SKIN_TONE = /-(1F3F[B-F])$/;

/**
 * Keep entries that are one code point (ignoring U+FE0F): 3.3.2 looks emoji up one code point at
 * a time, so its sequence entries (flags, ZWJ, keycaps, skin-toned) never match; their parts do.
 * emojibase 3.x has no entries for the five skin-tone modifiers, so their names are taken from
 * the skin variants ("victory hand: light skin tone" gives U+1F3FB "light skin tone").
 * Regional indicator letters are not in 3.3.2's file, so flags stay unreplaced.
 */
export function buildEmojiMap(entries: Iterable<EmojiEntry>): EmojiMap {
  const descriptions = new Map<number, string>();
  const add = (hexcode: string, description: string): void => {
    const parts = hexcode.split('-').filter((h) => h !== 'FE0F');
    if (parts.length !== 1 || description === '') return;
    const cp = parseInt(parts[0]!, 16);
    if ((cp >= 0x1f1e6 && cp <= 0x1f1ff) || descriptions.has(cp)) return;
    descriptions.set(cp, description);
  };
  for (const entry of entries) {
    add(entry.hexcode, entry.annotation ?? '');
    for (const skin of entry.skins ?? []) {
      const tone = SKIN_TONE.exec(skin.hexcode);
      const label = skin.annotation ?? '';
      const colon = label.lastIndexOf(': ');
      if (tone && colon >= 0) add(tone[1]!, label.slice(colon + 2));
    }
  }
  let minCodePoint = 0x10ffff;
  for (const cp of descriptions.keys()) if (cp < minCodePoint) minCodePoint = cp;
  return { descriptions, minCodePoint };
}

/** The map written as emojiNames.ts holds it: one `HEX name` a line. */
function parseEmojiNames(text: string): EmojiMap {
  const descriptions = new Map<number, string>();
  let minCodePoint = 0x10ffff;
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const cp = parseInt(line.slice(0, space), 16);
    descriptions.set(cp, line.slice(space + 1));
    if (cp < minCodePoint) minCodePoint = cp;
  }
  return { descriptions, minCodePoint };
}

let cached: EmojiMap | null = null;

/** The process-wide emoji map, built on first use (about 1,200 entries). */
export function getEmojiMap(): EmojiMap {
  cached ??= parseEmojiNames(EMOJI_NAMES);
  return cached;
}
