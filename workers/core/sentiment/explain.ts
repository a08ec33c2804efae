/**
 * Live-scoring explanation: the same computation as `polarityScores`, recording per token what it
 * contributed and why, with offsets into the text the user typed (emoji included).
 */
import { applyBut, firstBut } from './butCheck.ts';
import { replaceEmoji, type EmojiSpan } from './emojiText.ts';
import { punctuationEmphasis, writeScores } from './scoreValence.ts';
import { socialText } from '../preprocess/socialText.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from './mode.ts';
import { defaultScorer, isCapDifferential, type VaderScorer } from './vader.ts';
import { tokenValences } from './valence.ts';
import { ValenceTrace } from './valenceTrace.ts';
import type { SentimentExplanation, TokenExplanation } from './types.ts';

/**
 * Scores of `text` (equal to `scoreTexts([text], out, mode)`; in 'reference' mode to
 * `polarityScores(text)`) plus one entry per scored token, with offsets into `text` as typed.
 * The words an emoji turns into ("grinning face") are merged back into one entry spanning the
 * emoji; in 'social' mode, what was set aside before scoring (handles, links …) is listed in
 * `setAside`. Never throws.
 * @param scorer defaults to the process-wide scorer; pass one to use another lexicon or emoji map.
 */
export function explainSentiment(
  text: string,
  mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
  scorer: VaderScorer = defaultScorer(),
): SentimentExplanation {
  const source = typeof text === 'string' ? text : '';
  if (mode === 'reference') return { ...explainRaw(source, scorer), setAside: [] };
  const social = socialText(source);
  const e = explainRaw(social.text, scorer);
  if (social.spans.length === 0) return { ...e, setAside: [] };
  const tokens = e.tokens.map((t) => {
    const start = social.toOriginal(t.start);
    const end = Math.max(start, social.toOriginal(t.end, true));
    return {
      ...t,
      // an emoji's entry names the emoji as typed
      token: t.kind === 'emoji' ? source.slice(start, end) : t.token,
      start,
      end,
    };
  });
  return { ...e, tokens, setAside: social.spans };
}

/** The explanation of `source` as VADER reads it, offsets into `source`. */
function explainRaw(source: string, scorer: VaderScorer): Omit<SentimentExplanation, 'setAside'> {
  const spans: EmojiSpan[] = [];
  const replaced = replaceEmoji(source, scorer.resources.emoji, spans);
  scorer.prepare(replaced);
  const t = scorer.tokens;
  const n = t.count;
  const v = scorer.valences;
  const trace = new ValenceTrace(t.words, n);
  tokenValences(t, isCapDifferential(t), v, trace);
  const bi = firstBut(t.lowers, n);
  if (bi >= 0) {
    trace.note(bi, 'contrast: valences before it x0.5, after it x1.5');
    applyBut(v, n, bi, (at, factor) => {
      if (v[at] !== 0) trace.note(at, `${factor < 1 ? 'before' : 'after'} "but" (x${factor})`);
    });
  }
  const scores = new Float64Array(4);
  writeScores(v, n, replaced, scores, 0);

  const tokens: TokenExplanation[] = [];
  let span = 0;
  // Output offset minus input offset after the emoji replaced so far.
  let shift = 0;
  for (let k = 0; k < n; k++) {
    const s = t.starts[k]!;
    const e = t.ends[k]!;
    while (span < spans.length && spans[span]!.to <= s) {
      shift = spans[span]!.to - spans[span]!.end;
      span++;
    }
    const inside = span < spans.length && spans[span]!.from <= s ? spans[span]! : null;
    if (!inside) {
      const note = trace.noteText(k, '; ');
      const entry: TokenExplanation = {
        token: t.words[k]!,
        start: s - shift,
        end: e - shift,
        valence: v[k]!,
        kind: trace.kinds[k]!,
      };
      tokens.push(note ? { ...entry, note } : entry);
      continue;
    }
    // Words of one emoji's description share the emoji's offsets: merge them into one entry.
    const end = e <= inside.to ? inside.end : e - (inside.to - inside.end);
    const notes = trace.noteText(k, ', ');
    const word = notes ? `${t.words[k]}: ${notes}` : '';
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'emoji' && last.start === inside.start) {
      const merged = Math.max(last.end, end);
      tokens[tokens.length - 1] = {
        token: source.slice(inside.start, merged),
        start: inside.start,
        end: merged,
        valence: last.valence + v[k]!,
        kind: 'emoji',
        note: word ? `${last.note}; ${word}` : last.note!,
      };
    } else {
      const note = `${inside.emoji} = "${inside.description}"${word ? `; ${word}` : ''}`;
      tokens.push({
        token: source.slice(inside.start, end),
        start: inside.start,
        end,
        valence: v[k]!,
        kind: 'emoji',
        note,
      });
    }
  }
  return {
    neg: scores[0]!,
    neu: scores[1]!,
    pos: scores[2]!,
    compound: scores[3]!,
    tokens,
    punctuationEmphasis: n > 0 ? punctuationEmphasis(replaced) : 0,
  };
}
