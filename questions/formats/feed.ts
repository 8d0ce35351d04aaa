// RSS 2.0, RSS 1.0 (RDF) and Atom feeds to a list of items: title, link, date and summary. The
// articles themselves are fetched from the links; the summary is a fallback when a page cannot be
// read. Namespace prefixes are dropped, so <content:encoded>, <dc:date> and <atom:link> read as
// plain names.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";

export interface FeedItem {
  title: string;
  /** Absolute http(s) link to the article. */
  link: string;
  publishedAt?: Date;
  /** Plain text of the item's description or content, if it has one. */
  summary?: string;
}

export interface Feed {
  format: "rss" | "atom" | "rdf";
  title: string;
  items: FeedItem[];
  /** Items left out: no usable http(s) link, or a link an earlier item already had. */
  ignored: number;
}

/** Feeds larger than this are refused; the fetcher caps downloads at the same size. */
export const FEED_MAX_CHARS = 5_000_000;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false, // a title of "2025" stays a string
  trimValues: true,
  htmlEntities: true,
  // Entity expansion is bounded so a crafted DOCTYPE cannot blow up memory ("billion laughs").
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** The text of an element that may carry attributes, CDATA or nothing. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === "object") return text((value as Node)["#text"]);
  return String(value).trim();
}

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|div|section|article|tr|pre|figcaption)>|<br\s*\/?>/gi;

/** Descriptions are usually HTML (escaped or in CDATA); a summary is its text, paragraph per line. */
function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, " ").trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, (m) => `${m}\n`)}</body></html>`);
  for (const el of document.querySelectorAll("script, style")) el.remove();
  return (document.body.textContent ?? "")
    .split("\n")
    .map((line: string) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

function date(value: unknown): Date | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function absoluteHttp(raw: string, base: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Atom links: the rel="alternate" one (the default rel), else the first with an href. */
function atomLink(links: unknown): string {
  const list = (Array.isArray(links) ? links : [links]).filter((l): l is Node => !!l && typeof l === "object");
  const alternate = list.find((l) => (l["@_rel"] ?? "alternate") === "alternate" && l["@_href"]) ?? list.find((l) => l["@_href"]);
  return alternate ? String(alternate["@_href"]).trim() : "";
}

function rssLink(item: Node): string {
  const link = text(item.link);
  if (link) return link;
  // Some feeds carry only a permalink guid.
  const guid = item.guid;
  const permalink = typeof guid === "object" && guid !== null ? (guid as Node)["@_isPermaLink"] !== "false" : true;
  return permalink ? text(guid) : "";
}

function summaryOf(...candidates: unknown[]): string | undefined {
  for (const c of candidates) {
    const t = htmlToText(text(c));
    if (t) return t;
  }
  return undefined;
}

function lineOf(xml: string, index: number): number {
  return xml.slice(0, index).split("\n").length;
}

/** Reads a feed; `baseUrl` (the feed's own address) resolves relative links. */
export function parseFeed(xml: string, { baseUrl }: { baseUrl?: string } = {}): Feed | { error: string } {
  if (xml.length > FEED_MAX_CHARS) return { error: `the feed is larger than ${FEED_MAX_CHARS.toLocaleString("en-US")} characters` };
  const source = xml.replace(/^\uFEFF/, "").trimStart();
  if (!source.startsWith("<")) return { error: "this is not an RSS or Atom feed (it is not XML)" };
  if (/^(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(source)) return { error: "this is a web page, not an RSS or Atom feed" };
  const valid = XMLValidator.validate(source);
  if (valid !== true) return { error: `the feed is not well-formed XML: line ${valid.err.line}: ${valid.err.msg}` };
  let doc: Node;
  try {
    doc = parser.parse(source) as Node;
  } catch (error) {
    return { error: `the feed could not be read: ${(error as Error).message}` };
  }

  const raw: { item: Node; link: string; base?: string }[] = [];
  let format: Feed["format"];
  let title: string;
  if (doc.rss && typeof doc.rss === "object") {
    const channel = ((doc.rss as Node).channel ?? {}) as Node;
    format = "rss";
    title = text(channel.title);
    for (const item of (channel.item as Node[] | undefined) ?? []) raw.push({ item, link: rssLink(item) });
  } else if (doc.RDF && typeof doc.RDF === "object") {
    const rdf = doc.RDF as Node;
    format = "rdf";
    title = text((rdf.channel as Node | undefined)?.title);
    for (const item of (rdf.item as Node[] | undefined) ?? []) raw.push({ item, link: text(item.link) || text(item["@_about"]) });
  } else if (doc.feed && typeof doc.feed === "object") {
    const feed = doc.feed as Node;
    format = "atom";
    title = text(feed.title);
    const feedBase = absoluteHttp(text(feed["@_base"]), baseUrl) ?? baseUrl;
    for (const entry of (feed.entry as Node[] | undefined) ?? []) {
      raw.push({ item: entry, link: atomLink(entry.link), base: absoluteHttp(text(entry["@_base"]), feedBase) ?? feedBase });
    }
  } else {
    const root = /<(?!\?|!)([\w:.-]+)/.exec(source);
    const where = root ? ` (line ${lineOf(source, root.index)} starts <${root[1]}>)` : "";
    return { error: `this XML is not an RSS or Atom feed${where}` };
  }

  const items: FeedItem[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  for (const { item, link, base } of raw) {
    const href = absoluteHttp(link, base ?? baseUrl);
    if (!href || seen.has(href)) {
      ignored++;
      continue;
    }
    seen.add(href);
    const publishedAt = date(item.pubDate) ?? date(item.published) ?? date(item.date) ?? date(item.updated);
    const summary = summaryOf(item.encoded, item.content, item.description, item.summary);
    items.push({
      title: htmlToText(text(item.title)) || href,
      link: href,
      ...(publishedAt ? { publishedAt } : {}),
      ...(summary ? { summary } : {}),
    });
  }
  return { format, title, items, ignored };
}
