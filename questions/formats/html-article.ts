// An HTML page to the article in it: Mozilla's Readability (Firefox's reader view) over linkedom,
// a small server-side DOM. Scripts, navigation and page furniture go; paragraphs stay paragraphs.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface ExtractedArticle {
  title: string;
  text: string;
  publishedAt?: Date;
  byline?: string;
  siteName?: string;
}

/** Pages larger than this are refused: no real article needs more, and parsing cost grows with size. */
export const HTML_MAX_CHARS = 5_000_000;

const MIN_ARTICLE_CHARS = 100;

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|div|section|article|tr|pre|figcaption)>|<br\s*\/?>/gi;

// A photo's caption describes the picture, not the story, yet reads like a sentence of it.
// Readability drops class names, so captions go before it runs. One marked only by its class
// must be short and hold no paragraph, so that a container whose class merely says "credit" stays.
const CAPTION_CLASS = "[class*='caption' i], [class*='credit' i]";
const MAX_CAPTION_CHARS = 400;

function dropCaptions(document: Document): void {
  for (const el of document.querySelectorAll("figcaption")) el.remove();
  for (const el of document.querySelectorAll(CAPTION_CLASS)) if (!el.querySelector("p") && (el.textContent ?? "").length <= MAX_CAPTION_CHARS) el.remove();
}

function textOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, (m) => `${m}\n\n`)}</body></html>`);
  return (document.body.textContent ?? "")
    .split("\n")
    .map((line: string) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

export function extractArticleFromHtml(html: string): ExtractedArticle | { error: string } {
  if (html.length > HTML_MAX_CHARS) return { error: `the page is larger than ${HTML_MAX_CHARS.toLocaleString("en-US")} characters` };
  const wrapped = `<!doctype html><html><body>${html}</body></html>`;
  let { document } = parseHTML(html.includes("<html") ? html : wrapped);
  // "<html" may sit in a comment or a script, leaving no document element: read it as a fragment.
  if (!document.documentElement || !document.body) ({ document } = parseHTML(wrapped));
  dropCaptions(document as unknown as Document);
  const metaTime = document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
  let parsed: ReturnType<Readability["parse"]>;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // Markup broken in a way the DOM could not repair: an error for the teacher, not a crash.
    return { error: "the page could not be read as HTML" };
  }
  if (!parsed?.content) return { error: "no article text found in the page" };
  const text = textOf(parsed.content);
  // Readability returns whatever text it finds, a menu included; an article has sentences.
  if (text.length < MIN_ARTICLE_CHARS || !/[.!?]/.test(text)) return { error: "no article text found in the page" };
  const rawDate = parsed.publishedTime ?? metaTime?.getAttribute("content") ?? metaTime?.getAttribute("datetime") ?? undefined;
  const publishedAt = rawDate ? new Date(rawDate) : undefined;
  return {
    title: (parsed.title ?? "").trim() || text.split("\n")[0]!.slice(0, 200),
    text,
    ...(publishedAt && !Number.isNaN(publishedAt.getTime()) ? { publishedAt } : {}),
    ...(parsed.byline ? { byline: parsed.byline.trim() } : {}),
    ...(parsed.siteName ? { siteName: parsed.siteName.trim() } : {}),
  };
}
