import "server-only";
import { getDb } from "@/prisma/client";
import type { Question } from "@/questions/schema";
import type { Actor } from "../auth/session";
import { assertOwner } from "../auth/permissions";
import { NotFoundError } from "../http/errors";
import { parseVariants, questionRowSelect, toDomainQuestion } from "../bank/question-record";
import { DRAFTS_PAGE_SIZE, type DraftView } from "./draft-review-view";

export interface DraftReviewQuestion {
  id: string;
  status: string;
  version: number;
  question: Question;
  /** The same fact in other forms, which the teacher can switch the question to. */
  variants: Question[];
  /** In a quiz or answered: its form can no longer be switched (switchQuestionForm). */
  inUse: boolean;
}

/** Best ranked first; drafts of equal score keep the order they were stored in (cuids grow within a process). */
const REVIEW_ORDER = [{ score: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }] as const;

/** How many of an article's questions there are of each status and each type, for the filters. */
export interface DraftCounts {
  byStatus: Record<string, number>;
  byType: Record<string, number>;
  total: number;
}

/**
 * An article with the questions made from it (one per fact, best ranked first, each with its
 * other forms) for its owner to review. With a `view`, only that type and status, one page of
 * DRAFTS_PAGE_SIZE (a page past the end shows the last), with counts for the filters and paging;
 * without one, every question.
 */
export async function getDraftReview({ actor, articleId, view }: { actor: Actor; articleId: string; view?: DraftView }) {
  const db = getDb();
  const owner = await db.article.findUnique({ where: { id: articleId }, select: { createdById: true } });
  if (!owner) throw new NotFoundError("Article");
  assertOwner(actor, owner.createdById, "Article");

  const grouped = await db.question.groupBy({ by: ["status", "type"], where: { articleId }, _count: { _all: true } });
  const counts: DraftCounts = { byStatus: {}, byType: {}, total: 0 };
  for (const g of grouped) {
    counts.byStatus[g.status] = (counts.byStatus[g.status] ?? 0) + g._count._all;
    counts.byType[g.type] = (counts.byType[g.type] ?? 0) + g._count._all;
    counts.total += g._count._all;
  }
  const where = { ...(view && view.type !== "all" ? { type: view.type } : {}), ...(view && view.status !== "all" ? { status: view.status } : {}) };
  const matching = view ? await db.question.count({ where: { articleId, ...where } }) : counts.total;
  const pages = view ? Math.max(1, Math.ceil(matching / DRAFTS_PAGE_SIZE)) : 1;
  const page = view ? Math.min(view.page, pages) : 1;

  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      source: true,
      publishedAt: true,
      sharedWithWeeklyQuiz: true,
      moreDrafts: true,
      cleanText: true,
      createdById: true,
      questions: {
        where,
        orderBy: [...REVIEW_ORDER],
        ...(view ? { skip: (page - 1) * DRAFTS_PAGE_SIZE, take: DRAFTS_PAGE_SIZE } : {}),
        select: { id: true, status: true, version: true, variants: true, ...questionRowSelect, _count: { select: { quizzes: true, responses: true } } },
      },
    },
  });
  if (!article) throw new NotFoundError("Article");
  assertOwner(actor, article.createdById, "Article");
  const { questions, createdById: _owner, ...rest } = article;
  void _owner;
  return {
    ...rest,
    counts,
    /** Questions matching the view's filters, the page shown (1-based) and how many pages. */
    matching,
    page,
    pages,
    /** The rank of the first question shown among those matching, from 0. */
    offset: (page - 1) * DRAFTS_PAGE_SIZE,
    questions: questions.map(
      (q): DraftReviewQuestion => ({
        id: q.id,
        status: q.status,
        version: q.version,
        question: toDomainQuestion(q),
        variants: parseVariants(q.variants),
        inUse: q._count.quizzes > 0 || q._count.responses > 0,
      }),
    ),
  };
}

/** The page (of the unfiltered review) a question is on, to link a new draft from "draft more". */
export async function draftPageOf({ articleId, questionId }: { articleId: string; questionId: string }): Promise<number> {
  const ids = await getDb().question.findMany({ where: { articleId }, orderBy: [...REVIEW_ORDER], select: { id: true } });
  const at = ids.findIndex((q) => q.id === questionId);
  return at < 0 ? 1 : Math.floor(at / DRAFTS_PAGE_SIZE) + 1;
}
