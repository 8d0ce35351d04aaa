// An uploaded article file to plain text: checked for size, kind and content before anything reads
// it. HTML never reaches a page as HTML: Readability takes the article out and only its text is kept.
import { ARTICLE_UPLOAD_MAX_BYTES } from "./article-rules";
import { extractArticleFromHtml } from "@/questions/formats/html-article";

const UPLOAD_TYPES = /\.(txt|md|markdown|html?)$/i;

export async function readUpload(file: File): Promise<{ text: string; title?: string; publishedAt?: string } | { error: string }> {
  if (file.size > ARTICLE_UPLOAD_MAX_BYTES) return { error: `The file is larger than ${ARTICLE_UPLOAD_MAX_BYTES / 1024 / 1024} MB.` };
  if (!UPLOAD_TYPES.test(file.name)) return { error: "Upload a .txt, .md or .html file." };
  const buffer = Buffer.from(await file.arrayBuffer());
  if (buffer.includes(0)) return { error: "That file is not text." };
  const content = buffer.toString("utf8");
  if (/\.html?$/i.test(file.name)) {
    const article = extractArticleFromHtml(content);
    if ("error" in article) return { error: `Could not read an article from that page: ${article.error}.` };
    return { text: article.text, title: article.title, publishedAt: article.publishedAt?.toISOString().slice(0, 10) };
  }
  return { text: content };
}
