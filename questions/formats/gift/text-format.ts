// Moodle's text formats in GIFT: any text (question, answer, feedback) may open with `[moodle]`,
// `[html]`, `[plain]` or `[markdown]` (lower case, as Moodle reads them); answers and feedback
// default to their question's format. Newsquiz keeps plain text, so HTML is reduced to its text.
import { unescapeGift } from "./escape";

export const TEXT_FORMATS = ["moodle", "html", "plain", "markdown"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const MARKER = /^\[(moodle|html|plain|markdown)\]/;

/** Whether a text would be read as opening with a format marker (so an export must guard it). */
export function opensWithFormatMarker(text: string): boolean {
  return MARKER.test(text.trim());
}

/** A GIFT text, still escaped, as plain text and the format it was written in. */
export function textWithFormat(raw: string, defaultFormat: TextFormat): { text: string; format: TextFormat } {
  let text = raw.trim();
  let format = defaultFormat;
  const marker = MARKER.exec(text);
  if (marker) {
    format = marker[1] as TextFormat;
    text = text.slice(marker[0].length);
  }
  let out = unescapeGift(text);
  if (format === "html") out = htmlToText(out);
  return { text: out.replace(/[ \t]+/g, " ").trim(), format };
}

const ENTITIES: Record<string, string> = { nbsp: " ", lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

/** Text of an HTML fragment: comments, scripts and tags removed, breaks kept, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, "\n")
    .replace(/<[^>]{0,2000}>/g, "")
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
