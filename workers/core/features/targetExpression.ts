/**
 * A small, safe expression language for engagement targets: `likes + 2 * shares`,
 * `(likes + shares + comments) / 3`, `"Retweet Count" * 2`. Column names (bare words, or quoted
 * with "…" or `…` when they hold spaces), numbers, + − × ÷ (also * / and Unicode −, ×, ÷), unary
 * minus and parentheses. Parsed by recursive descent into a tree and evaluated over columns:
 * never `eval` or `Function`.
 */
import { fail, ok, type Result } from '../errors/index.ts';

export type TargetExpr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'negate'; readonly operand: TargetExpr }
  | {
      readonly kind: 'binary';
      readonly op: '+' | '-' | '*' | '/';
      readonly left: TargetExpr;
      readonly right: TargetExpr;
    };

type Token =
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '(' | ')'; at: number };

const OPS: Readonly<Record<string, '+' | '-' | '*' | '/' | '(' | ')'>> = {
  '+': '+',
  '-': '-',
  '\u2212': '-',
  '*': '*',
  '\u00d7': '*',
  '/': '/',
  '\u00f7': '/',
  '(': '(',
  ')': ')',
};
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.]/u;
/** Deeper nesting than this is not a target anyone writes; the limit keeps the parser's recursion bounded. */
const MAX_DEPTH = 64;

const bad = <T>(message: string): Result<T> =>
  fail(
    'INVALID_OPTIONS',
    `The target "${message}`,
    'Write column names, numbers, + − × ÷ and parentheses, e.g. likes + 2 * shares. Quote names with spaces: "retweet count".',
  );

function tokenize(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (OPS[c]) {
      tokens.push({ kind: 'op', op: OPS[c]!, at: i });
      i++;
    } else if (/[0-9.]/.test(c)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) return bad(`${text}" has a malformed number at position ${i + 1}.`);
      tokens.push({ kind: 'number', value: Number(m[0]), at: i });
      i += m[0].length;
    } else if (c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return bad(`${text}" has an unclosed ${c} quote at position ${i + 1}.`);
      tokens.push({ kind: 'name', name: text.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (NAME_START.test(c)) {
      let j = i + 1;
      while (j < text.length && NAME_PART.test(text[j]!)) j++;
      tokens.push({ kind: 'name', name: text.slice(i, j), at: i });
      i = j;
    } else return bad(`${text}" has "${c}" at position ${i + 1}, which is not allowed.`);
  }
  return ok(tokens);
}

/** Parses a target expression. Fails with INVALID_OPTIONS, saying where, on anything else. */
export function parseTargetExpression(text: string): Result<TargetExpr> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  const t = tokens.value;
  if (t.length === 0) return bad(`" is empty.`);
  let pos = 0;
  let failure: Result<never> | null = null;
  const stop = (message: string): null => {
    failure ??= bad(`${text}" ${message}`);
    return null;
  };
  const peekOp = (): string | null => {
    const k = t[pos];
    return k?.kind === 'op' ? k.op : null;
  };
  // expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ; unary := '-' unary | atom
  const expr = (depth: number): TargetExpr | null => {
    let left = term(depth);
    while (left && (peekOp() === '+' || peekOp() === '-')) {
      const op = peekOp() as '+' | '-';
      pos++;
      const right = term(depth);
      left = right && { kind: 'binary', op, left, right };
    }
    return left;
  };
  const term = (depth: number): TargetExpr | null => {
    let left = unary(depth);
    while (left && (peekOp() === '*' || peekOp() === '/')) {
      const op = peekOp() as '*' | '/';
      pos++;
      const right = unary(depth);
      left = right && { kind: 'binary', op, left, right };
    }
    return left;
  };
  const unary = (depth: number): TargetExpr | null => {
    if (depth > MAX_DEPTH) return stop('is nested too deeply.');
    if (peekOp() === '-' || peekOp() === '+') {
      const negate = peekOp() === '-';
      pos++;
      const operand = unary(depth + 1);
      return operand && (negate ? { kind: 'negate', operand } : operand);
    }
    return atom(depth);
  };
  const atom = (depth: number): TargetExpr | null => {
    const k = t[pos];
    if (!k) return stop('ends where a column name or number should follow.');
    pos++;
    if (k.kind === 'number') return { kind: 'number', value: k.value };
    if (k.kind === 'name')
      return k.name.trim() === ''
        ? stop(`has an empty quoted name at position ${k.at + 1}.`)
        : { kind: 'column', name: k.name };
    if (k.op === '(') {
      const inner = expr(depth + 1);
      if (!inner) return null;
      if (peekOp() !== ')') return stop(`has a "(" at position ${k.at + 1} that is never closed.`);
      pos++;
      return inner;
    }
    return stop(`has "${k.op}" at position ${k.at + 1} where a column name or number should be.`);
  };
  const tree = expr(0);
  if (failure) return failure;
  if (!tree) return bad(`${text}" could not be read.`);
  if (pos < t.length)
    return bad(`${text}" has something unexpected at position ${t[pos]!.at + 1}.`);
  return ok(tree);
}

/** Column names an expression reads, in order of first use. */
export function expressionColumns(expr: TargetExpr): string[] {
  const out: string[] = [];
  const walk = (e: TargetExpr): void => {
    if (e.kind === 'column') {
      if (!out.includes(e.name)) out.push(e.name);
    } else if (e.kind === 'negate') walk(e.operand);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return out;
}

/**
 * The expression's value per row, given each column's numbers (NaN when missing). A missing
 * operand or a division by zero gives NaN for that row, so the row has no target.
 */
export function evaluateTarget(
  expr: TargetExpr,
  columns: ReadonlyMap<string, Float64Array>,
  rows: number,
): Float64Array {
  const evalNode = (e: TargetExpr): Float64Array => {
    switch (e.kind) {
      case 'number':
        return new Float64Array(rows).fill(e.value);
      case 'column':
        return columns.get(e.name) ?? new Float64Array(rows).fill(NaN);
      case 'negate':
        return evalNode(e.operand).map((v) => -v);
      case 'binary': {
        const a = evalNode(e.left);
        const b = evalNode(e.right);
        const out = new Float64Array(rows);
        for (let r = 0; r < rows; r++) {
          const x = a[r]!;
          const y = b[r]!;
          out[r] =
            e.op === '+'
              ? x + y
              : e.op === '-'
                ? x - y
                : e.op === '*'
                  ? x * y
                  : y === 0
                    ? NaN
                    : x / y;
        }
        return out;
      }
    }
  };
  return evalNode(expr);
}

/** The expression written back in a canonical form (names quoted when they need it). */
export function formatTarget(expr: TargetExpr): string {
  const name = (n: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(n) ? n : `"${n}"`);
  const go = (e: TargetExpr, parent: number): string => {
    switch (e.kind) {
      case 'number':
        return String(e.value);
      case 'column':
        return name(e.name);
      case 'negate':
        return `-${go(e.operand, 3)}`;
      case 'binary': {
        const prec = e.op === '+' || e.op === '-' ? 1 : 2;
        const s = `${go(e.left, prec)} ${e.op} ${go(e.right, prec + 1)}`;
        return prec < parent ? `(${s})` : s;
      }
    }
  };
  return go(expr, 0);
}
