// GIFT's backslash escapes, as Moodle reads them (qformat_gift::escapedchar_pre/post): only
// `\\ \: \# \= \{ \} \~` and `\n` are escapes. Any other backslash is kept as written, so TeX such
// as `\(\alpha\)` reaches the question intact. Scanning helpers skip escaped characters so they
// never act as syntax.

const SPECIALS = /[\\~=#{}:]/g;
/** The characters a backslash escapes; after any other character the backslash is literal. */
const ESCAPABLE = new Set(["\\", ":", "#", "=", "{", "}", "~", "n"]);

const isEscape = (text: string, i: number) => text[i] === "\\" && i + 1 < text.length && ESCAPABLE.has(text[i + 1]!);

export function escapeGift(text: string): string {
  return text.replace(SPECIALS, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

export function unescapeGift(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (isEscape(text, i)) {
      const c = text[++i]!;
      out += c === "n" ? "\n" : c;
    } else out += text[i];
  }
  return out;
}

/** Index of the first unescaped occurrence of `token` at or after `from`, or -1. */
export function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (isEscape(text, i)) {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** Index of the last unescaped occurrence of `token`, or -1 (Moodle takes the last `####`). */
export function findLastUnescaped(text: string, token: string): number {
  let last = -1;
  for (let at = findUnescaped(text, token); at >= 0; at = findUnescaped(text, token, at + 1)) last = at;
  return last;
}

/** Splits at every unescaped marker character; each part remembers the marker that opened it. */
export function splitUnescaped(text: string, markers: string[]): { marker: string | undefined; body: string }[] {
  const parts: { marker: string | undefined; body: string }[] = [{ marker: undefined, body: "" }];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const current = parts[parts.length - 1]!;
    if (isEscape(text, i)) {
      current.body += c + text[i + 1];
      i++;
    } else if (markers.includes(c)) {
      parts.push({ marker: c, body: "" });
    } else {
      current.body += c;
    }
  }
  return parts;
}
