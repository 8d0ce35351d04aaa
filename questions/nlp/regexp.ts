/** `s` as a regular expression matching exactly that text (every metacharacter escaped). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `literal` stands in `text` with the zero-width sticky pattern `before` holding where it
 * starts and `after` where it ends, left to right and not overlapping: the indexes of the matches
 * of `new RegExp(`${before}${escapeRegExp(literal)}${after}`, "gu")`, whose lookarounds these are
 * (`/(?<![\p{L}])/uy`, `/(?![\p{L}])/uy`).
 *
 * Why not that pattern: V8 takes 0.3-0.5 ms to compile one with \p{L} in it, and a pattern per
 * key, name or person compiled anew for every article was about 15% of generateQuestions' time.
 * `before` and `after` are compiled once; a lookbehind tested at `lastIndex` sees the whole text.
 */
export function* literalMatches(text: string, literal: string, before: RegExp, after: RegExp): Generator<number> {
  // An empty literal would match between every two characters: no caller has one.
  if (!literal) return;
  for (let at = text.indexOf(literal); at >= 0; ) {
    before.lastIndex = at;
    after.lastIndex = at + literal.length;
    if (before.test(text) && after.test(text)) {
      yield at;
      at = text.indexOf(literal, at + literal.length);
    } else at = text.indexOf(literal, at + 1);
  }
}

/** `text.replace(pattern, by)` for the pattern `literalMatches` stands for. */
export function replaceLiteral(text: string, literal: string, before: RegExp, after: RegExp, by: (match: string, at: number) => string): string {
  let out = "";
  let from = 0;
  for (const at of literalMatches(text, literal, before, after)) {
    out += text.slice(from, at) + by(literal, at);
    from = at + literal.length;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The first of `literalMatches`, or -1. */
export function indexOfLiteral(text: string, literal: string, before: RegExp, after: RegExp): number {
  for (const at of literalMatches(text, literal, before, after)) return at;
  return -1;
}

/** `(?<![\p{L}])` and `(?![\p{L}])` for `literalMatches`: a whole word or name, not part of a longer one. */
export const NO_LETTER_BEFORE = /(?<!\p{L})/uy;
export const NO_LETTER_AFTER = /(?!\p{L})/uy;
