import "server-only";
// Importing a feed: every new item becomes an article. The work runs in the background of the
// server process (no queue to install); the ImportJob row carries the progress, so a teacher can
// leave and come back, and a job cut off by a restart is picked up again (resumeStaleImport).
// Resuming is safe because items already imported are recognised by their link.
import { getDb } from "@/prisma/client";
import { parseFeed, type FeedItem } from "@/questions/formats/feed";
import type { Actor } from "../auth/session";
import { assertTeacher } from "../auth/permissions";
import { roleSchema } from "../auth/account-rules";
import { ARTICLE_TEXT_MIN, ARTICLE_TITLE_MAX } from "../articles/article-rules";
import { createArticle } from "../articles/create-article";
import { articleFromPage, type PageArticle } from "./fetch-article";
import { safeFetch } from "../http/safe-fetch";
import { FEED_MAX_ITEMS, IMPORT_STALE_AFTER_MS, parseImportLog, webAddressSchema, type ImportLogEntry } from "./import-rules";

/** The feed could be fetched but is not a feed we can read; the message is for a teacher. */
export class FeedReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedReadError";
  }
}

// Jobs this process is working on. On globalThis because the dev server reloads modules.
const globalForImports = globalThis as unknown as { newsquizImports?: Map<string, Promise<void>> };
const running = (globalForImports.newsquizImports ??= new Map());

async function loadFeedItems(url: string): Promise<FeedItem[]> {
  const page = await safeFetch(url, { expect: "feed" });
  const feed = parseFeed(page.body, { baseUrl: page.url });
  if ("error" in feed) throw new FeedReadError(`Could not read the feed: ${feed.error}.`);
  if (feed.items.length === 0) throw new FeedReadError("The feed has no items with links to import.");
  return feed.items.slice(0, FEED_MAX_ITEMS);
}

/**
 * Starts importing a feed for a teacher. The feed itself is fetched and read before the job is
 * created, so a wrong address is reported on the form; the items are imported in the background.
 * `finished` settles when the job does (tests wait on it; pages read the job row instead).
 */
export async function startFeedImport({ actor, url }: { actor: Actor; url: string }): Promise<{ jobId: string; finished: Promise<void> }> {
  assertTeacher(actor);
  const feedUrl = webAddressSchema.parse(url);
  const items = await loadFeedItems(feedUrl);
  const job = await getDb().importJob.create({
    data: { ownerId: actor.id, kind: "feed", url: feedUrl, status: "running", total: items.length },
    select: { id: true },
  });
  return { jobId: job.id, finished: launch(job.id, items) };
}

/** The promise of a job this process is running, or a settled one. */
export function waitForImport(jobId: string): Promise<void> {
  return running.get(jobId) ?? Promise.resolve();
}

/**
 * Picks up a job that says it is running but has not moved for IMPORT_STALE_AFTER_MS: the server
 * that ran it stopped. The claim is a conditional update, so two viewers (or two servers) cannot
 * both resume it. Callers have already checked the actor may see the job.
 */
export async function resumeStaleImport(job: { id: string; status: string; updatedAt: Date }): Promise<boolean> {
  if (job.status !== "running" && job.status !== "queued") return false;
  if (running.has(job.id) || Date.now() - job.updatedAt.getTime() < IMPORT_STALE_AFTER_MS) return false;
  const claimed = await getDb().importJob.updateMany({
    where: { id: job.id, status: job.status, updatedAt: job.updatedAt },
    data: { status: "running", updatedAt: new Date() },
  });
  if (claimed.count === 0) return false;
  void launch(job.id);
  return true;
}

function launch(jobId: string, items?: FeedItem[]): Promise<void> {
  const existing = running.get(jobId);
  if (existing) return existing;
  const work = runJob(jobId, items)
    .catch(async (error: unknown) => {
      console.error(`import job ${jobId} failed`, error);
      await getDb()
        .importJob.update({ where: { id: jobId }, data: { status: "failed" } })
        .catch(() => {});
    })
    .finally(() => running.delete(jobId));
  running.set(jobId, work);
  return work;
}

async function runJob(jobId: string, knownItems?: FeedItem[]): Promise<void> {
  const db = getDb();
  const job = await db.importJob.findUniqueOrThrow({
    where: { id: jobId },
    select: { url: true, createdAt: true, log: true, owner: { select: { id: true, name: true, email: true, role: true } } },
  });
  const owner: Actor = { ...job.owner, role: roleSchema.catch("learner").parse(job.owner.role) };
  const log = parseImportLog(job.log);

  let items = knownItems;
  if (!items) {
    try {
      items = await loadFeedItems(job.url);
    } catch (error) {
      log.push({ item: job.url, message: (error as Error).message });
      await db.importJob.update({ where: { id: jobId }, data: { status: "failed", log: JSON.stringify(log) } });
      return;
    }
  }

  // Counts are rebuilt from the log, so a resumed job neither loses nor double-counts items.
  const handled = new Set(log.map((e) => e.item));
  let done = log.filter((e) => e.articleId).length;
  let failed = log.filter((e) => !e.articleId).length;
  let skipped = 0;
  await db.importJob.update({ where: { id: jobId }, data: { status: "running", total: items.length, done, failed, skipped } });

  for (const item of items) {
    if (handled.has(item.link)) continue;
    const existing = await db.article.findFirst({
      where: { createdById: owner.id, source: item.link },
      select: { id: true, createdAt: true },
    });
    if (existing && existing.createdAt < job.createdAt) {
      skipped++;
    } else if (existing) {
      // Stored by this job just before a restart, before the log line was written.
      log.push({ item: item.link, title: item.title, articleId: existing.id });
      done++;
    } else {
      const entry = await importItem(owner, item);
      log.push(entry);
      if (entry.articleId) done++;
      else failed++;
    }
    await db.importJob.update({ where: { id: jobId }, data: { done, skipped, failed, log: JSON.stringify(log) } });
  }
  await db.importJob.update({ where: { id: jobId }, data: { status: "done" } });
}

/** One feed item to an article: its page if it can be read, else the feed's own text if long enough. */
async function importItem(owner: Actor, item: FeedItem): Promise<ImportLogEntry> {
  const base = { item: item.link, title: item.title };
  let article: PageArticle;
  try {
    article = articleFromPage(await safeFetch(item.link, { expect: "article" }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!item.summary || item.summary.length < ARTICLE_TEXT_MIN) {
      return { ...base, message: item.summary ? `${reason} The feed's own summary is too short to use instead.` : reason };
    }
    article = { title: item.title, text: item.summary };
  }
  try {
    const { articleId } = await createArticle({
      actor: owner,
      input: {
        title: (item.title || article.title).slice(0, ARTICLE_TITLE_MAX),
        text: article.text,
        source: item.link,
        publishedAt: (item.publishedAt ?? article.publishedAt)?.toISOString(),
      },
    });
    return { ...base, articleId };
  } catch (error) {
    console.error(`import of ${item.link} failed`, error);
    return { ...base, message: "The article could not be stored." };
  }
}
