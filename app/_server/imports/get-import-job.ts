import "server-only";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner, assertTeacher, ownedBy } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { importJobStatusSchema, parseImportLog } from "./import-rules";
import { resumeStaleImport } from "./import-feed";

const jobSelect = {
  id: true,
  ownerId: true,
  kind: true,
  url: true,
  status: true,
  total: true,
  done: true,
  skipped: true,
  failed: true,
  createdAt: true,
  updatedAt: true,
} as const;

function summarise(job: { status: string; total: number; done: number; skipped: number; failed: number }) {
  const processed = job.done + job.skipped + job.failed;
  return {
    status: importJobStatusSchema.catch("failed").parse(job.status),
    processed,
    percent: job.total > 0 ? Math.min(100, Math.round((processed / job.total) * 100)) : job.status === "done" ? 100 : 0,
  };
}

/**
 * One import with its progress, the articles it made and the items it could not import, for its
 * owner or an admin. Viewing a job that was cut off by a restart resumes it.
 */
export async function getImportJob({ actor, jobId }: { actor: Actor; jobId: string }) {
  const db = getDb();
  const job = await db.importJob.findUnique({ where: { id: jobId }, select: { ...jobSelect, log: true } });
  if (!job) throw new NotFoundError("Import");
  assertOwner(actor, job.ownerId, "Import");
  const resumed = await resumeStaleImport(job);
  const log = parseImportLog(job.log);
  const ids = log.flatMap((e) => (e.articleId ? [e.articleId] : []));
  // Titles come from the articles themselves: they may have been renamed or deleted since.
  const articles = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, publishedAt: true } }) : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { ownerId: _owner, log: _log, ...rest } = job;
  void _owner;
  void _log;
  return {
    ...rest,
    ...summarise(job),
    ...(resumed ? { status: "running" as const } : {}),
    imported: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    failures: log.filter((e) => !e.articleId && e.message).map((e) => ({ item: e.item, title: e.title, message: e.message! })),
  };
}

/** The actor's recent imports (every teacher's for an admin), newest first. */
export async function listImportJobs({ actor, take = 20 }: { actor: Actor; take?: number }) {
  assertTeacher(actor);
  const jobs = await getDb().importJob.findMany({
    where: ownedBy(actor, "ownerId"),
    orderBy: { createdAt: "desc" },
    take,
    select: { ...jobSelect, owner: { select: { name: true } } },
  });
  return Promise.all(
    jobs.map(async ({ ownerId, owner, ...job }) => {
      const resumed = await resumeStaleImport(job);
      return { ...job, ...summarise(job), ...(resumed ? { status: "running" as const } : {}), ownerName: ownerId === actor.id ? null : owner.name };
    }),
  );
}
