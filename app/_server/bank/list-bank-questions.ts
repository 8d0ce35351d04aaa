import "server-only";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { QUESTION_TYPES, type Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertTeacher, ownedBy } from "../auth/permissions";
import { optionalCalendarDay } from "../time/calendar-day";
import { questionRowSelect, toDomainQuestion } from "./question-record";

export const BANK_PAGE_SIZE = 50;

/**
 * Case-insensitive substring search on both databases: SQLite's LIKE already ignores ASCII case,
 * PostgreSQL needs `mode: "insensitive"` (which the SQLite client's types do not know).
 */
function textContains(text: string): { contains: string } {
  return resolveDatabase().provider === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}

export const bankFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
  status: z.enum(["draft", "approved", "rejected"]).optional().catch(undefined),
  tag: z.string().trim().max(60).optional().catch(undefined),
  articleId: z.string().max(64).optional().catch(undefined),
  /** Created on or after / on or before these days (YYYY-MM-DD, UTC). */
  from: optionalCalendarDay,
  to: optionalCalendarDay,
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type BankFilter = z.infer<typeof bankFilterSchema>;

/** The teacher's question bank, filtered, newest first, one page at a time. */
export async function listBankQuestions({ actor, filter }: { actor: Actor; filter: Record<string, unknown> }) {
  assertTeacher(actor);
  const f = bankFilterSchema.parse(filter);
  const where = {
    ...ownedBy(actor, "authorId"),
    ...(f.type ? { type: f.type } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.articleId ? { articleId: f.articleId } : {}),
    ...(f.tag ? { tags: { some: { tag: { name: f.tag } } } } : {}),
    ...(f.q ? { OR: [{ prompt: textContains(f.q) }, { explanation: textContains(f.q) }] } : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const db = getDb();
  const [total, rows, tags, articles] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { score: { sort: "desc", nulls: "last" } }],
      skip: (f.page - 1) * BANK_PAGE_SIZE,
      take: BANK_PAGE_SIZE,
      select: { id: true, status: true, createdAt: true, origin: true, article: { select: { id: true, title: true } }, ...questionRowSelect },
    }),
    db.tag.findMany({ where: { questions: { some: { question: ownedBy(actor, "authorId") } } }, orderBy: { name: "asc" }, select: { name: true }, take: 200 }),
    db.article.findMany({ where: ownedBy(actor, "createdById"), orderBy: { createdAt: "desc" }, select: { id: true, title: true }, take: 200 }),
  ]);
  return {
    filter: f,
    total,
    pages: Math.max(1, Math.ceil(total / BANK_PAGE_SIZE)),
    tags: tags.map((t) => t.name),
    articles,
    questions: rows.map((r): { id: string; status: string; createdAt: Date; origin: string | null; article: { id: string; title: string } | null; question: Question } => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt,
      origin: r.origin,
      article: r.article,
      question: toDomainQuestion(r),
    })),
  };
}

/** Questions by id for export, only the actor's own; unknown or foreign ids are skipped. */
export async function getQuestionsForExport({ actor, questionIds }: { actor: Actor; questionIds: string[] }): Promise<Question[]> {
  assertTeacher(actor);
  const ids = z.array(z.string().min(1).max(64)).max(5000).parse(questionIds);
  const rows = await getDb().question.findMany({
    where: { ...ownedBy(actor, "authorId"), ...(ids.length ? { id: { in: ids } } : {}) },
    orderBy: { createdAt: "asc" },
    take: 5000,
    select: { id: true, ...questionRowSelect },
  });
  // The questions asked for come in the order asked for (a teacher's selection, a quiz's order):
  // questions saved together share a createdAt, and PostgreSQL returns tied rows in any order.
  if (ids.length) {
    const at = new Map(ids.map((id, i) => [id, i]));
    rows.sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
  }
  return rows.map(toDomainQuestion);
}
