// Uploaded article files: refused when too big, of the wrong kind or binary; HTML reduced to text.
import { describe, expect, it } from "vitest";
import { readUpload } from "@/app/_server/article-upload";
import { ARTICLE_UPLOAD_MAX_BYTES } from "@/app/_server/article-rules";

const STORY = "The harbour board met on Monday in Port Ellery. It agreed to open a second ferry berth by June. The cost was put at 4 million dollars, shared between the town and the province. ";

describe("readUpload", () => {
  it("refuses a file over the size limit without reading it", async () => {
    const big = new File([new Uint8Array(ARTICLE_UPLOAD_MAX_BYTES + 1).fill(65)], "big.txt");
    expect(await readUpload(big)).toEqual({ error: "The file is larger than 2 MB." });
  });

  it("refuses kinds other than text, markdown and HTML, and binary content under a text name", async () => {
    expect(await readUpload(new File(["%PDF-1.7"], "story.pdf"))).toEqual({ error: "Upload a .txt, .md or .html file." });
    expect(await readUpload(new File(["x"], "story.html.exe"))).toEqual({ error: "Upload a .txt, .md or .html file." });
    expect(await readUpload(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], "photo.txt"))).toEqual({ error: "That file is not text." });
  });

  it("keeps plain text and markdown as they are", async () => {
    expect(await readUpload(new File([STORY], "story.md"))).toEqual({ text: STORY });
  });

  it("takes only the article's text out of HTML: no markup, scripts or handlers survive", async () => {
    const html = `<!doctype html><html><head><title>Second ferry berth</title><script>steal()</script></head><body>
      <nav>Home | Sport</nav><article><h1>Second ferry berth</h1><p onclick="steal()">${STORY}</p>
      <p>${STORY.replace("Monday", "Tuesday")}<img src=x onerror="steal()"></p><script>steal()</script></article></body></html>`;
    const result = await readUpload(new File([html], "story.html"));
    if ("error" in result) throw new Error(result.error);
    expect(result.text).toContain("second ferry berth by June");
    expect(result.text).not.toMatch(/<|steal\(\)|onerror|onclick/);
    expect(result.title).toBe("Second ferry berth");
  });

  it("explains an HTML file with no article in it", async () => {
    expect(await readUpload(new File(["<html><body><nav>Home</nav></body></html>"], "empty.htm"))).toEqual({ error: "Could not read an article from that page: no article text found in the page." });
  });
});
