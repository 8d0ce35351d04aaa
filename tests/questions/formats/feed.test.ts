import { describe, expect, it } from "vitest";
import { FEED_MAX_CHARS, parseFeed, type Feed, type FeedItem } from "@/questions/formats/feed";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Times &amp; Friends</title>
  <link>https://news.example/</link>
  <item>
    <title>Ferry talks resume in Port Vila</title>
    <link>https://news.example/2025/ferry-talks</link>
    <pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate>
    <description><![CDATA[<p>Ministers met on <b>Monday</b>.</p><p>A decision is due in June.</p>]]></description>
  </item>
  <item>
    <title>2025</title>
    <guid isPermaLink="true">https://news.example/2025/numbers</guid>
    <description>Ministers &lt;i&gt;agreed&lt;/i&gt; a budget.</description>
    <content:encoded><![CDATA[<p>The full text, which wins over the description.</p>]]></content:encoded>
  </item>
  <item>
    <title>Relative link</title>
    <link>/2025/relative</link>
    <dc:date>2025-03-05T10:30:00+01:00</dc:date>
  </item>
  <item><title>No link at all</title><guid isPermaLink="false">tag:news.example,2025:1</guid></item>
  <item><title>Duplicate</title><link>https://news.example/2025/ferry-talks</link></item>
  <item><title>Not the web</title><link>javascript:alert(1)</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/">
  <title type="text">Island Desk</title>
  <entry>
    <title type="html">Rice &lt;em&gt;harvest&lt;/em&gt; falls</title>
    <link rel="self" href="https://blog.example/api/entries/1"/>
    <link rel="alternate" type="text/html" href="rice-harvest"/>
    <published>2025-04-01T06:00:00Z</published>
    <updated>2025-04-02T06:00:00Z</updated>
    <summary>Farm ministers met in Bangkok.</summary>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://elsewhere.example/story"/>
    <updated>2025-04-03T00:00:00Z</updated>
    <content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
  <item rdf:about="https://old.example/a"><title>Council meets</title><link>https://old.example/a</link><dc:date>2024-12-01</dc:date></item>
</rdf:RDF>`;

const item = (i: Partial<FeedItem>) => expect.objectContaining(i);

describe("parseFeed: items", () => {
  const rows: [string, string, { baseUrl?: string } | undefined, Partial<Feed> & { items: unknown[] }][] = [
    [
      "RSS 2.0",
      RSS,
      { baseUrl: "https://news.example/feed.xml" },
      {
        format: "rss",
        title: "Harbour Times & Friends",
        ignored: 3,
        items: [
          item({
            title: "Ferry talks resume in Port Vila",
            link: "https://news.example/2025/ferry-talks",
            publishedAt: new Date("2025-03-03T08:00:00Z"),
            summary: "Ministers met on Monday.\nA decision is due in June.",
          }),
          item({ title: "2025", link: "https://news.example/2025/numbers", summary: "The full text, which wins over the description." }),
          item({ title: "Relative link", link: "https://news.example/2025/relative", publishedAt: new Date("2025-03-05T09:30:00Z") }),
        ],
      },
    ],
    [
      "Atom",
      ATOM,
      undefined,
      {
        format: "atom",
        title: "Island Desk",
        ignored: 0,
        items: [
          item({ title: "Rice harvest falls", link: "https://blog.example/news/rice-harvest", publishedAt: new Date("2025-04-01T06:00:00Z"), summary: "Farm ministers met in Bangkok." }),
          item({ title: "Only updated", link: "https://elsewhere.example/story", publishedAt: new Date("2025-04-03T00:00:00Z"), summary: "First paragraph.\nSecond paragraph." }),
        ],
      },
    ],
    ["RSS 1.0 (RDF)", RDF, undefined, { format: "rdf", title: "Old Wire", items: [item({ title: "Council meets", link: "https://old.example/a", publishedAt: new Date("2024-12-01") })] }],
    ["an empty channel", `<rss version="2.0"><channel><title>Quiet</title></channel></rss>`, undefined, { format: "rss", title: "Quiet", items: [], ignored: 0 }],
  ];
  it.each(rows)("%s", (_, xml, options, expected) => {
    const feed = parseFeed(xml, options);
    if ("error" in feed) throw new Error(feed.error);
    expect(feed).toEqual(expect.objectContaining(expected));
    expect(feed.items).toHaveLength(expected.items.length);
  });

  it("keeps no summary key when an item has none", () => {
    const feed = parseFeed(RSS, { baseUrl: "https://news.example/" });
    if ("error" in feed) throw new Error(feed.error);
    expect(feed.items[2]).not.toHaveProperty("summary");
  });
});

describe("parseFeed: refuses what is not a feed", () => {
  const rows: [string, string, RegExp][] = [
    ["an HTML page", "<!doctype html><html><body><p>Hello</p></body></html>", /is a web page, not an RSS or Atom feed/],
    ["an HTML page without a doctype", "<html lang=en><body><p>Hello<br></p></body></html>", /is a web page/],
    ["broken XML, naming the line", `<rss version="2.0">\n<channel>\n<title>Oops</titel>\n</channel></rss>`, /not well-formed XML: line 3/],
    ["JSON", `{"items": []}`, /not XML/],
    ["another XML document", `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>`, /not an RSS or Atom feed \(line 2 starts <svg>\)/],
    ["an oversized file", `<rss>${" ".repeat(FEED_MAX_CHARS)}</rss>`, /larger than/],
  ];
  it.each(rows)("%s", (_, xml, message) => {
    expect(parseFeed(xml)).toEqual({ error: expect.stringMatching(message) });
  });

  it("does not expand entity bombs without bound", () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<rss version="2.0"><channel><title>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</title></channel></rss>`;
    const result = parseFeed(bomb);
    if (!("error" in result)) expect(result.title.length).toBeLessThan(2_000_000);
  });
});
