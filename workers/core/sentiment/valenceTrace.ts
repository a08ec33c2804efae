/**
 * What the explanation API records while the rules run: each token's role and short notes on
 * which rule moved it. Scoring without a trace skips all of this.
 */

/** A token's role in the score, for highlighting. */
export type TokenKind = 'word' | 'booster' | 'negation' | 'emoji' | 'idiom' | 'caps' | 'none';

// A later, more specific role wins over an earlier one; modifiers never overwrite a word's role.
const RANK: Record<TokenKind, number> = {
  none: 0,
  booster: 1,
  negation: 1,
  word: 2,
  caps: 3,
  idiom: 4,
  emoji: 5,
};

export class ValenceTrace {
  readonly kinds: TokenKind[];
  /** Notes per token, allocated only for tokens that get one. */
  readonly notes: (string[] | undefined)[];

  constructor(
    private readonly words: readonly string[],
    count: number,
  ) {
    this.kinds = new Array<TokenKind>(count).fill('none');
    this.notes = new Array<string[] | undefined>(count).fill(undefined);
  }

  /** Token `i`'s notes joined with `separator`, or '' when it has none. */
  noteText(i: number, separator: string): string {
    return this.notes[i]?.join(separator) ?? '';
  }

  private add(i: number, note: string): void {
    const list = this.notes[i];
    if (list) list.push(note);
    else this.notes[i] = [note];
  }

  /** Token `i` takes role `kind` when that is more specific than what it has. */
  kind(i: number, kind: TokenKind): void {
    if (RANK[kind] >= RANK[this.kinds[i]!]) this.kinds[i] = kind;
  }

  /** Token `i` is a lexicon word with valence `base`. */
  word(i: number, base: number): void {
    this.kind(i, 'word');
    this.add(i, `lexicon ${signed(base)}`);
  }

  /** Token `i` plays `kind` (a word overruled into a modifier, such as "no good"). */
  role(i: number, kind: TokenKind, note: string): void {
    this.kinds[i] = kind;
    this.add(i, note);
  }

  /** Token `by` changed token `i`'s valence by a rule of type `kind`. */
  modified(i: number, by: number, kind: TokenKind, note: string): void {
    this.add(i, note);
    if (this.kinds[by] === 'none') this.kinds[by] = kind;
    this.add(by, `modifies "${this.words[i]}": ${note}`);
  }

  caps(i: number, note: string): void {
    this.kind(i, 'caps');
    this.add(i, note);
  }

  idiom(i: number, note: string): void {
    this.kind(i, 'idiom');
    this.add(i, note);
  }

  note(i: number, note: string): void {
    this.add(i, note);
  }
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
