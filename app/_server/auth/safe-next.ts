// Where sign-in and sign-up send people afterwards (`?next=`): only a path on this site. Anything
// else would be an open redirect: a link to our sign-in page that lands on a phishing page.
// Browsers read `/\host` and `/<tab>/host` as `//host`, so "starts with one slash" is not enough:
// the value is parsed as a browser would, against a placeholder origin, and kept only if it stays
// there.

/** A stand-in origin: a path that stays on it stays on ours, whatever our address is. */
const PLACEHOLDER_ORIGIN = "http://newsquiz.invalid";
const MAX_NEXT_LENGTH = 2048;
// Backslashes and control characters (tab, CR, LF are dropped by URL parsers) have no place in
// a path we link to ourselves; refusing them outright leaves nothing for a parser to reinterpret.
const SUSPICIOUS = /[\\\u0000-\u001f\u007f]/;

/** `value` if it is a path on this site, as the browser would resolve it; otherwise "/". */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length > MAX_NEXT_LENGTH) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || SUSPICIOUS.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
