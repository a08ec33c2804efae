/**
 * What an emoji says, in any language: the valence VADER gives its English description ("face
 * with tears of joy" → joy), summed over the description's words. The emoji itself carries the
 * sentiment, not the language around it, so a German or Arabic post's 😍 and 😡 count as they
 * would in English.
 */
import { getEmojiMap } from './emojiMap.ts';
import { getLexicon } from './lexicon.ts';

let valences: Map<number, number> | null = null;

function emojiValences(): Map<number, number> {
  if (valences) return valences;
  const lexicon = getLexicon();
  valences = new Map();
  for (const [cp, description] of getEmojiMap().descriptions) {
    let sum = 0;
    for (const word of description.toLowerCase().split(/[\s:-]+/)) sum += lexicon.get(word) ?? 0;
    if (sum !== 0) valences.set(cp, Math.max(-4, Math.min(4, sum)));
  }
  return valences;
}

/** Valence of each emoji in `text` that carries one (VADER's -4..+4 scale), in order. */
export function emojiValence(text: string): number[] {
  const out: number[] = [];
  const min = getEmojiMap().minCodePoint;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2000 && c < min) continue;
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const v = emojiValences().get(cp);
    if (v !== undefined) out.push(v);
  }
  return out;
}
