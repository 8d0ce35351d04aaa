// Feed imports over a real database and a real HTTP server on 127.0.0.1 (allowed through
// NEWSQUIZ_FETCH_ALLOW_HOSTS, as an admin would): a job runs to the end, a second run skips what
// the first imported, a cut-off job is resumed, and nobody else can start or see a teacher's job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/prisma/client";
import { resumeStaleImport, startFeedImport, waitForImport, FeedReadError } from "@/app/_server/imports/import-feed";
import { getImportJob, listImportJobs } from "@/app/_server/imports/get-import-job";
import { fetchArticle, UnreadableArticleError } from "@/app/_server/imports/fetch-article";
import { SafeFetchError } from "@/app/_server/http/safe-fetch";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { articlePage, startLocalSite, type LocalSite } from "../support/local-site";
import { createAdmin, createLearner, createTeacher } from "./factories";

// Five stories in our own words. The fourth page is gone but its feed item carries a long
// summary; the fifth is gone and its summary is too short, so it fails.
const STORIES = [
  {
    slug: "ferry",
    title: "Island states agree to share a ferry service",
    date: "Mon, 03 Mar 2025 08:00:00 GMT",
    paragraphs: [
      "Transport ministers from Vanuatu, Fiji and Samoa met in Port Vila on Monday to restart talks on a shared ferry service.",
      "The service would link eleven harbours and cost about $40 million to set up, officials said.",
      "A final decision is expected in June, when the ministers meet again in Suva.",
    ],
  },
  {
    slug: "rice",
    title: "Rice growers meet over a poor harvest",
    date: "Tue, 04 Mar 2025 09:30:00 GMT",
    paragraphs: [
      "Farm ministers from Thailand and Vietnam met in Bangkok on Tuesday after the rice harvest fell by 12 percent.",
      "Farmers would receive about $300 million in emergency aid, the Thai agriculture ministry said.",
      "Exports are expected to recover by September, when the next crop is gathered.",
    ],
  },
  {
    slug: "library",
    title: "City library doubles its opening hours",
    date: "Wed, 05 Mar 2025 07:15:00 GMT",
    paragraphs: [
      "The central library in Tampere will open for 80 hours a week from April, twice as long as last year.",
      "The city council approved a budget of 2 million euros for extra staff on Wednesday.",
      "About 400,000 people visited the library in 2024, according to the council.",
    ],
  },
  {
    slug: "moved",
    title: "Rail link to the airport opens early",
    date: "Thu, 06 Mar 2025 10:00:00 GMT",
    summary:
      "The new rail link between the city centre and the airport opened on Thursday, three months ahead of schedule. Trains will run every ten minutes and the journey takes 18 minutes. The project cost about 900 million dollars, and the operator expects 25,000 passengers a day in its first year.",
  },
  { slug: "vanished", title: "Council publishes its annual report", date: "Fri, 07 Mar 2025 12:00:00 GMT", summary: "The council's report is out." },
];

function feedXml(origin: string): string {
  const items = STORIES.map(
    (s) => `<item><title>${s.title}</title><link>${origin}/news/${s.slug}</link><pubDate>${s.date}</pubDate>${s.summary ? `<description>${s.summary}</description>` : ""}</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Gazette</title>${items.join("\n")}</channel></rss>`;
}

let site: LocalSite;
let feedUrl: string;

beforeAll(async () => {
  site = await startLocalSite();
  feedUrl = `${site.origin}/feed.xml`;
  site.routes.set("/feed.xml", { type: "application/rss+xml; charset=utf-8", body: feedXml(site.origin) });
  site.routes.set("/not-a-feed", { type: "text/html", body: "<html><body>hello</body></html>" });
  site.routes.set("/broken.xml", { type: "application/xml", body: "<rss><channel><item></channel></rss>" });
  for (const s of STORIES.filter((s) => s.paragraphs)) {
    site.routes.set(`/news/${s.slug}`, { type: "text/html", body: articlePage({ headline: s.title, paragraphs: s.paragraphs! }) });
  }
  site.routes.set("/plain", { type: "text/plain", body: ["Harbour reopens after repairs", ...STORIES[0]!.paragraphs!].join("\n") });
  site.routes.set("/menu", { type: "text/html", body: "<html><body><nav><a href='/'>Home</a></nav><ul><li>News</li></ul></body></html>" });
  process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS = "127.0.0.1";
});

afterAll(async () => {
  delete process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS;
  await site.close();
});

describe("importing a feed", () => {
  it("imports every item, keeps title, link and date, and falls back to a long summary", async () => {
    const teacher = await createTeacher();
    const { jobId, finished } = await startFeedImport({ actor: teacher, url: feedUrl });
    await finished;

    const job = await getImportJob({ actor: teacher, jobId });
    expect(job).toMatchObject({ status: "done", kind: "feed", url: feedUrl, total: 5, done: 4, skipped: 0, failed: 1, processed: 5, percent: 100 });
    expect(job.imported.map((a) => a.title)).toEqual(STORIES.slice(0, 4).map((s) => s.title));
    expect(job.failures).toEqual([
      {
        item: `${site.origin}/news/vanished`,
        title: "Council publishes its annual report",
        message: "The site answered 404: the page was not found. The feed's own summary is too short to use instead.",
      },
    ]);

    const articles = await getDb().article.findMany({ where: { createdById: teacher.id }, orderBy: { publishedAt: "asc" }, select: { title: true, source: true, publishedAt: true, rawText: true } });
    expect(articles.map((a) => [a.title, a.source, a.publishedAt?.toISOString()])).toEqual(
      STORIES.slice(0, 4).map((s) => [s.title, `${site.origin}/news/${s.slug}`, new Date(s.date).toISOString()]),
    );
    expect(articles[0]!.rawText).toContain("met in Port Vila on Monday");
    expect(articles[0]!.rawText).not.toMatch(/newsletter|Home \|/);
    expect(articles[3]!.rawText).toContain("three months ahead of schedule");
  });

  it("skips everything it imported before when the feed is imported again", async () => {
    const teacher = await createTeacher();
    await (await startFeedImport({ actor: teacher, url: feedUrl })).finished;
    const pagesBefore = site.hits.get("/news/ferry");
    const again = await startFeedImport({ actor: teacher, url: feedUrl });
    await again.finished;
    expect(await getImportJob({ actor: teacher, jobId: again.jobId })).toMatchObject({ status: "done", done: 0, skipped: 4, failed: 1, imported: [] });
    expect(site.hits.get("/news/ferry")).toBe(pagesBefore);
    expect(await getDb().article.count({ where: { createdById: teacher.id } })).toBe(4);
    expect((await listImportJobs({ actor: teacher })).map((j) => j.id)).toEqual([again.jobId, expect.any(String)]);
  });

  it("reports a wrong address on the form instead of starting a job", async () => {
    const teacher = await createTeacher();
    await expect(startFeedImport({ actor: teacher, url: `${site.origin}/not-a-feed` })).rejects.toThrow(/did not return an RSS or Atom feed/);
    await expect(startFeedImport({ actor: teacher, url: `${site.origin}/broken.xml` })).rejects.toBeInstanceOf(FeedReadError);
    await expect(startFeedImport({ actor: teacher, url: "http://169.254.169.254/feed" })).rejects.toBeInstanceOf(SafeFetchError);
    expect(await listImportJobs({ actor: teacher })).toEqual([]);
  });

  it("resumes a job cut off by a restart, without counting an item twice", async () => {
    const teacher = await createTeacher();
    const db = getDb();
    const createdAt = new Date(Date.now() - 10 * 60_000);
    // The first story was imported before the "restart", and its log line written.
    const first = await fetchArticle({ actor: teacher, url: `${site.origin}/news/ferry` });
    await db.article.update({ where: { id: first.articleId }, data: { createdAt: new Date(createdAt.getTime() + 1000) } });
    const log = JSON.stringify([{ item: `${site.origin}/news/ferry`, title: STORIES[0]!.title, articleId: first.articleId }]);
    const stale = await db.importJob.create({
      data: { ownerId: teacher.id, kind: "feed", url: feedUrl, status: "running", total: 5, done: 1, log, createdAt, updatedAt: new Date(Date.now() - 5 * 60_000) },
    });
    const fresh = await db.importJob.create({ data: { ownerId: teacher.id, kind: "feed", url: feedUrl, status: "running", total: 5, createdAt } });

    expect(await resumeStaleImport(fresh)).toBe(false);
    const viewed = await getImportJob({ actor: teacher, jobId: stale.id });
    expect(viewed.status).toBe("running");
    expect(await resumeStaleImport(stale)).toBe(false); // already claimed
    await waitForImport(stale.id);
    expect(await getImportJob({ actor: teacher, jobId: stale.id })).toMatchObject({ status: "done", total: 5, done: 4, skipped: 0, failed: 1 });
    expect(await db.article.count({ where: { createdById: teacher.id } })).toBe(4);
    await db.importJob.delete({ where: { id: fresh.id } });
  });
});

describe("fetching one article by its address", () => {
  it("stores the page's article with its final address as the source", async () => {
    const teacher = await createTeacher();
    site.routes.set("/go", { status: 302, headers: { location: "/news/rice" } });
    const { articleId, questionIds } = await fetchArticle({ actor: teacher, url: `${site.origin}/go` });
    expect(questionIds.length).toBeGreaterThan(0);
    const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true, source: true, rawText: true } });
    expect(article).toMatchObject({ title: expect.stringContaining("Rice growers meet over a poor harvest"), source: `${site.origin}/news/rice` });
  });

  it("uses plain text as is, headline first", async () => {
    const teacher = await createTeacher();
    const { articleId } = await fetchArticle({ actor: teacher, url: `${site.origin}/plain` });
    expect(await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true } })).toEqual({ title: "Harbour reopens after repairs" });
  });

  it("says so when a page holds no article", async () => {
    const teacher = await createTeacher();
    await expect(fetchArticle({ actor: teacher, url: `${site.origin}/menu` })).rejects.toBeInstanceOf(UnreadableArticleError);
  });
});

describe("who may import", () => {
  it("keeps learners out", async () => {
    const learner = await createLearner();
    await expect(startFeedImport({ actor: learner, url: feedUrl })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(fetchArticle({ actor: learner, url: `${site.origin}/news/ferry` })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listImportJobs({ actor: learner })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps one teacher out of another's jobs; admins see them all", async () => {
    const owner = await createTeacher("Owner");
    const other = await createTeacher("Other");
    const admin = await createAdmin();
    const { jobId, finished } = await startFeedImport({ actor: owner, url: feedUrl });
    await finished;
    await expect(getImportJob({ actor: other, jobId })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listImportJobs({ actor: other })).map((j) => j.id)).not.toContain(jobId);
    expect((await getImportJob({ actor: admin, jobId })).done).toBe(4);
    expect(await listImportJobs({ actor: admin })).toEqual(expect.arrayContaining([expect.objectContaining({ id: jobId, ownerName: "Owner" })]));
  });
});
