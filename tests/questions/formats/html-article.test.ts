import { describe, expect, it } from "vitest";
import { cleanArticle, splitSentences } from "@/questions/article";
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

// A page as it comes: byline, share row, caption, advertising, a subscription plea inside a
// paragraph, a READ MORE link, a list, related stories and a footer. After extraction and
// cleaning only the story's own sentences remain.
const NOISY_PAGE = `<!doctype html><html><head><title>Valdoria council backs Soren dam | Harbour Times</title>
<meta property="article:published_time" content="2021-03-14T06:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a><form><input placeholder="Search"><button>Search</button></form></nav></header>
<main><article><h1>Valdoria council backs Soren dam</h1>
<div class="byline">By <a href="/jane">Jane Doe</a>, Staff reporter</div>
<div class="share"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
${para("VALDORIA CITY, Norland (Reuters) - The regional council of Valdoria approved a new dam on the Soren river on Monday, ending a decade of debate that divided farmers and city residents.")}
<figure><img src="dam.jpg"><figcaption>Protesters gather outside the council hall in Valdoria City on Monday evening.</figcaption></figure>
${para("Councillors voted 31 to 12 in favour of the project, which will cost about 2.4 billion crowns and take six years to build, officials said after the vote.")}
<div class="ad">Advertisement</div>
${para('The dam will supply water to 600,000 homes. <a href="/subscribe">Subscribe to our newsletter</a> for daily updates on the project.')}
<ul><li>• The reservoir will flood three small villages in the upper valley.</li><li>• About 1,200 people will have to move before 2024.</li></ul>
${para('<strong>READ MORE:</strong> <a href="/x">Dam opponents plan march on capital</a>')}
${para("Gov. Lena Hart said work would begin in May. Lt. Col. Ivo Brand said the old levees along the river would be strengthened first.")}
${para("Click here to read the full council report. For more information visit https://www.example.org/dam-plan.")}
<aside><h3>Related stories</h3><ul><li><a>Floods hit Soren valley for third year running as levees fail again</a></li></ul></aside>
</article></main><footer><p>© 2021 Harbour Times. All rights reserved.</p><p>Sign up for our newsletter</p></footer></body></html>`;

describe("an HTML page through extraction and cleaning", () => {
  it("gives only the story's sentences", () => {
    const page = extractArticleFromHtml(NOISY_PAGE);
    if ("error" in page) throw new Error(page.error);
    expect(page.text).not.toMatch(/Protesters gather/); // the caption
    const clean = cleanArticle(page.text, { title: page.title });
    expect(splitSentences(clean.text).map((s) => s.text)).toEqual([
      "The regional council of Valdoria approved a new dam on the Soren river on Monday, ending a decade of debate that divided farmers and city residents.",
      "Councillors voted 31 to 12 in favour of the project, which will cost about 2.4 billion crowns and take six years to build, officials said after the vote.",
      "The dam will supply water to 600,000 homes.",
      "The reservoir will flood three small villages in the upper valley.",
      "About 1,200 people will have to move before 2024.",
      "Gov. Lena Hart said work would begin in May.",
      "Lt. Col. Ivo Brand said the old levees along the river would be strengthened first.",
    ]);
  });

  it.each([
    ["a figcaption", "<figure><img src=x><figcaption>Rescuers at the flooded station on Sunday.</figcaption></figure>"],
    ["a caption block", '<div class="photo-caption">Rescuers at the flooded station on Sunday.</div>'],
    ["a credit block", '<span class="image-credit">Rescuers at the flooded station on Sunday.</span>'],
  ])("drops %s", (_, markup) => {
    const page = extractArticleFromHtml(`<article>${para("The flood closed the central station for two days, the rail operator said on Monday after inspecting the damage.")}${markup}${para("Trains will run again from Wednesday, officials said, though at lower speed until the tracks are checked.")}</article>`);
    if ("error" in page) throw new Error(page.error);
    expect(page.text).not.toMatch(/Rescuers/);
    expect(page.text).toMatch(/Trains will run again/);
  });
});
