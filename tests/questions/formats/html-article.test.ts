import { describe, expect, it } from "vitest";
import { extractArticleFromHtml, HTML_MAX_CHARS } from "@/questions/formats/html-article";

const para = (s: string) => `<p>${s}</p>`;
const PAGE = `<!doctype html><html><head><title>Ferry talks resume - Harbour Times</title>
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ferry talks resume</h1>
${para("Transport ministers from three island states met in Port Vila on Monday to restart talks on a shared ferry service, officials said.")}
${para("The service would link eleven harbours and cost about $40 million to set up, according to a draft plan seen by reporters.")}
${para("A decision is expected in June, when the ministers meet again &amp; report to their cabinets.")}
<script>window.steal = document.cookie</script></article>
<aside>Subscribe to our newsletter</aside><footer>Copyright Harbour Times</footer></body></html>`;

describe("extractArticleFromHtml", () => {
  it("keeps the article's paragraphs, title and date, and drops scripts and furniture", () => {
    const result = extractArticleFromHtml(PAGE);
    if ("error" in result) throw new Error(result.error);
    expect(result.title).toMatch(/Ferry talks resume/);
    expect(result.publishedAt?.toISOString()).toBe("2025-03-04T08:00:00.000Z");
    const lines = result.text.split("\n");
    expect(lines).toContain("The service would link eleven harbours and cost about $40 million to set up, according to a draft plan seen by reporters.");
    expect(result.text).toContain("meet again & report");
    expect(result.text).not.toMatch(/steal|cookie|Subscribe|Copyright|Home \|/);
  });

  it.each([
    ["an empty page", "<html><body></body></html>"],
    ["a page without prose", "<html><body><nav>Home</nav><ul><li>a</li></ul></body></html>"],
  ])("reports %s instead of inventing text", (_, html) => {
    expect(extractArticleFromHtml(html)).toEqual({ error: expect.stringMatching(/no article text/) });
  });

  it("refuses oversized pages", () => {
    expect(extractArticleFromHtml("x".repeat(HTML_MAX_CHARS + 1))).toEqual({ error: expect.stringMatching(/larger than/) });
  });
});
