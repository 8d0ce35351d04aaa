// An uploaded article file to plain text: checked for size, kind and content before anything reads
// it. HTML never reaches a page as HTML: Readability takes the article out and only its text is kept.
import { ARTICLE_UPLOAD_MAX_BYTES } from "./article-rules";
import { extractArticleFromHtml } from "@/questions/formats/html-article";

const UPLOAD_TYPES = /\.(txt|md|markdown|html?)$/i;

export async function readUpload(file: File): Promise<{ text: string; title?: string; publishedAt?: string } | { error: string }> {
  if (file.size > ARTICLE_UPLOAD_MAX_BYTES) return { error: `The file is larger than ${ARTICLE_UPLOAD_MAX_BYTES / 1024 / 1024} MB.` };
  if (!UPLOAD_TYPES.test(file.name)) return { error: "Upload a .txt, .md or .html file." };
  const content = decodeText(Buffer.from(await file.arrayBuffer()));
  if (typeof content !== "string") return content;
  if (/\.html?$/i.test(file.name)) {
    const article = extractArticleFromHtml(content);
    if ("error" in article) return { error: `Could not read an article from that page: ${article.error}.` };
    return { text: article.text, title: article.title, publishedAt: article.publishedAt?.toISOString().slice(0, 10) };
  }
  return { text: content };
}

/** Control characters that have no place in an article (tab, line breaks and form feed do). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** More of them than this share of the characters and the file is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

const NOT_TEXT = { error: "That file is not text." };
const NOT_UTF8 = { error: "That file is not UTF-8 text: save it as UTF-8 (or plain text) and upload it again." };

/** NUL bytes, or control characters past MAX_CONTROL_SHARE: a binary file, whatever its name. */
function looksBinary(text: string): boolean {
  return text.includes("\u0000") || (text.match(CONTROL)?.length ?? 0) > text.length * MAX_CONTROL_SHARE;
}

/**
 * A file's text: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with that byte-order
 * mark (Notepad's "Unicode"). Anything that does not decode, or that decodes to a run of control
 * characters (a binary file without NUL bytes), is refused; text in another encoding is told so.
 */
export function decodeText(bytes: Uint8Array): string | { error: string } {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? "utf-16le" : a === 0xfe && b === 0xff ? "utf-16be" : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== "utf-8") return NOT_TEXT;
    // Not UTF-8: a binary file, or text saved in an older encoding (Latin-1 "café").
    return looksBinary(Buffer.from(bytes).toString("latin1")) ? NOT_TEXT : NOT_UTF8;
  }
  return looksBinary(text) ? NOT_TEXT : text;
}
