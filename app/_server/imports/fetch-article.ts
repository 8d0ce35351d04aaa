import "server-only";
import { extractArticleFromHtml } from "@/questions/formats/html-article";
import type { Actor } from "../auth/session";
import { assertTeacher } from "../auth/permissions";
import { ARTICLE_TEXT_MAX, ARTICLE_TEXT_MIN, ARTICLE_TITLE_MAX } from "../articles/article-rules";
import { createArticle } from "../articles/create-article";
import { safeFetch, type FetchedPage } from "../http/safe-fetch";

/** A page was fetched but holds no article we can use; the message is written for a teacher. */
export class UnreadableArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableArticleError";
  }
}

export interface PageArticle {
  title: string;
  text: string;
  publishedAt?: Date;
}

/** The article in a fetched page: Readability for HTML, plain text as is (headline first). */
export function articleFromPage(page: FetchedPage): PageArticle {
  let article: PageArticle;
  if (page.contentType === "text/plain") {
    const text = page.body.replace(/\r\n?/g, "\n").trim();
    article = { title: text.split("\n")[0]!.trim(), text };
  } else {
    const extracted = extractArticleFromHtml(page.body);
    if ("error" in extracted) throw new UnreadableArticleError(`Could not read an article from that page: ${extracted.error}.`);
    article = extracted;
  }
  const length = article.text.trim().length;
  if (length < ARTICLE_TEXT_MIN) throw new UnreadableArticleError(`The page has only ${length} characters of article text; at least ${ARTICLE_TEXT_MIN} are needed.`);
  if (length > ARTICLE_TEXT_MAX) throw new UnreadableArticleError(`The article is longer than ${ARTICLE_TEXT_MAX.toLocaleString("en-US")} characters.`);
  return { ...article, title: article.title.slice(0, ARTICLE_TITLE_MAX) };
}

/**
 * A teacher adds an article by its address: the page is fetched (safe-fetch.ts), its article
 * read out, and stored with its source (the address it finally came from) and publication date.
 * Throws SafeFetchError or UnreadableArticleError with a message for the teacher.
 */
export async function fetchArticle({ actor, url }: { actor: Actor; url: string }) {
  assertTeacher(actor);
  const page = await safeFetch(url, { expect: "article" });
  const article = articleFromPage(page);
  return createArticle({
    actor,
    input: { title: article.title || page.url, text: article.text, source: page.url, publishedAt: article.publishedAt?.toISOString() },
  });
}
