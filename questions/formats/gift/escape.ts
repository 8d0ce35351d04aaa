// GIFT's backslash escapes: `\~ \= \# \{ \} \:` are literal characters, `\n` a newline, `\\` a
// backslash. Scanning helpers skip escaped characters so they never act as syntax.

const SPECIALS = /[\\~=#{}:]/g;

export function escapeGift(text: string): string {
  return text.replace(SPECIALS, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

export function unescapeGift(text: string): string {
  return text.replace(/\\(.)/gs, (_, c: string) => (c === "n" ? "\n" : c));
}

/** Index of the first unescaped occurrence of `token` at or after `from`, or -1. */
export function findUnescaped(text: string, token: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(token, i)) return i;
  }
  return -1;
}

/** Splits at every unescaped marker character; each part remembers the marker that opened it. */
export function splitUnescaped(text: string, markers: string[]): { marker: string | undefined; body: string }[] {
  const parts: { marker: string | undefined; body: string }[] = [{ marker: undefined, body: "" }];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const current = parts[parts.length - 1]!;
    if (c === "\\" && i + 1 < text.length) {
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
