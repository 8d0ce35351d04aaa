// Uploaded article files: refused when too big, of the wrong kind or binary; HTML reduced to text.
import { describe, expect, it } from "vitest";
import { readUpload } from "@/app/_server/articles/article-upload";
import { ARTICLE_UPLOAD_MAX_BYTES } from "@/app/_server/articles/article-rules";

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

  it("refuses binary content without NUL bytes, and text that is not UTF-8", async () => {
    // Bytes 1..255 over and over: a binary file with no NUL in it.
    const binary = new Uint8Array(4096).map((_, i) => (i % 255) + 1);
    expect(await readUpload(new File([binary], "photo.txt"))).toEqual({ error: "That file is not text." });
    // Valid UTF-8 made of control characters is no article either.
    expect(await readUpload(new File(["\u0001\u0002\u0003\u001b[0m".repeat(200) + STORY], "log.txt"))).toEqual({ error: "That file is not text." });
    // Latin-1 "café" is not UTF-8.
    expect(await readUpload(new File([Buffer.from(`Le caf\xe9 du port. ${STORY}`, "latin1")], "story.txt"))).toEqual({
      error: "That file is not UTF-8 text: save it as UTF-8 (or plain text) and upload it again.",
    });
  });

  it("reads UTF-16 with a byte-order mark, drops a UTF-8 one, and lets a stray control character be", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Café ${STORY}`, "utf16le")]);
    expect(await readUpload(new File([le], "notepad.txt"))).toEqual({ text: `Café ${STORY}` });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`Café ${STORY}`, "utf16le").swap16()]);
    expect(await readUpload(new File([be], "big-endian.txt"))).toEqual({ text: `Café ${STORY}` });
    expect(await readUpload(new File([Buffer.from(`\ufeff${STORY}`, "utf8")], "bom.txt"))).toEqual({ text: STORY });
    expect(await readUpload(new File([`${STORY}\f${STORY}\u001b`], "page-break.txt"))).toEqual({ text: `${STORY}\f${STORY}\u001b` });
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
