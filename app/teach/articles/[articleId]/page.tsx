import type { Metadata } from "next";
import { orNotFound } from "../../../_server/http/or-not-found";
import Link from "next/link";
import { requireTeacher } from "../../../_server/auth/session";
import { getDraftReview } from "../../../_server/articles/get-draft-review";
import { regenerateArticleAction, setQuestionStatusAction, shareArticleAction } from "../../../_server/teach/teach-actions";
import { bulkSetQuestionStatusAction, draftMoreQuestionsAction, switchQuestionFormAction } from "../../../_server/articles/draft-actions";
import type { DraftCounts, DraftReviewQuestion } from "../../../_server/articles/get-draft-review";
import { readDraftView, draftViewQuery, type DraftView } from "../../../_server/articles/draft-review-view";
import { QUESTION_STATUSES } from "../../../_server/bank/set-question-status";
import { QuestionPreview, QuestionSummary, TYPE_LABEL } from "../../../_components/question-preview";
import { BulkStatusForm, DraftMoreForm, PendingButton, SwitchFormForm } from "../../../_components/draft-forms";
import { Pager, StatusBadge } from "../../../_components/ui";

export const metadata: Metadata = { title: "Check drafts" };

type Review = Awaited<ReturnType<typeof getDraftReview>>;

async function load(articleId: string, view: DraftView): Promise<Review> {
  const actor = await requireTeacher(`/teach/articles/${articleId}`);
  return orNotFound(getDraftReview({ actor, articleId, view }));
}

const STATUS_LABEL: Record<string, string> = { draft: "To check", approved: "Approved", rejected: "Rejected" };
const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

/**
 * Which questions to show: a plain GET form, so the filters live in the address (a reload or a
 * shared link shows the same list) and work without JavaScript. Changing a filter starts at page 1.
 */
function DraftFilters({ view, counts }: { view: DraftView; counts: DraftCounts }) {
  const types = Object.keys(TYPE_LABEL).filter((t) => counts.byType[t] || t === view.type) as (keyof typeof TYPE_LABEL)[];
  return (
    <form method="get" role="search" aria-label="Filter questions" className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm shadow-sm">
      <label className="min-w-[9rem] flex-1 font-medium text-slate-700">
        Status
        <select name="status" defaultValue={view.status} className={selectClass}>
          <option value="all">All ({counts.total})</option>
          {QUESTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]} ({counts.byStatus[s] ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-[9rem] flex-1 font-medium text-slate-700">
        Type
        <select name="type" defaultValue={view.type} className={selectClass}>
          <option value="all">All types ({counts.total})</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABEL[t]} ({counts.byType[t] ?? 0})
            </option>
          ))}
        </select>
      </label>
      <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">Show</button>
    </form>
  );
}

/** Regenerating discards drafts: it asks first, saying what goes and what stays. Works without JavaScript. */
function RegenerateDrafts({ articleId, drafts }: { articleId: string; drafts: number }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Regenerate drafts…</summary>
      <div className="absolute right-0 z-10 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <p className="text-slate-700">
          This discards the {drafts === 1 ? "draft" : `${drafts} drafts`} nobody has edited and drafts the article again. Approved, rejected and edited questions, and those in a quiz, stay.
        </p>
        <form action={regenerateArticleAction.bind(null, articleId)} className="mt-3">
          <button className="rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800">Discard drafts and regenerate</button>
        </form>
      </div>
    </details>
  );
}

/** The article text with every sentence that a question came from marked, linkable by offset. */
function HighlightedText({ text, ranges }: { text: string; ranges: { start: number; end: number }[] }) {
  const sorted = [...new Map(ranges.map((r) => [r.start, r])).values()].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={r.start} id={`s-${r.start}`} className="scroll-mt-24 rounded bg-amber-100 px-0.5 text-inherit target:bg-amber-300">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  parts.push(text.slice(at));
  return <div className="whitespace-pre-wrap font-serif text-[15px] leading-relaxed text-slate-800">{parts}</div>;
}

/** A draft's other forms, folded away: each with its key and a button to show the fact that way instead. */
function OtherForms({ q, n }: { q: DraftReviewQuestion; n: number }) {
  if (q.variants.length === 0) return null;
  return (
    <details className="mt-3 rounded-lg border border-slate-200 bg-slate-50 text-sm">
      <summary className="cursor-pointer px-3 py-2 font-medium text-slate-700 hover:text-slate-900">Other forms ({q.variants.length})</summary>
      <SwitchFormForm action={switchQuestionFormAction.bind(null, q.id)} version={q.version}>
        <ul className="divide-y divide-slate-200 border-t border-slate-200 px-3">
          {q.variants.map((v, j) => (
            <li key={`${j}-${v.type}`} className="flex flex-col gap-2 py-2.5 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
              <QuestionSummary question={v} />
              {!q.inUse && (
                <PendingButton
                  name="variant"
                  value={j}
                  pendingLabel="Switching…"
                  className="shrink-0 self-start rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                >
                  Use this form<span className="sr-only"> ({TYPE_LABEL[v.type]}) for question {n}</span>
                </PendingButton>
              )}
            </li>
          ))}
        </ul>
        {q.inUse && <p className="border-t border-slate-200 px-3 py-2 text-slate-600">This question is in a quiz or has been answered, so its form stays as it is.</p>}
      </SwitchFormForm>
    </details>
  );
}

/** Whether "This week's news" may draw this article's approved questions: off until the teacher shares. */
function WeeklySharing({ articleId, shared, dated }: { articleId: string; shared: boolean; dated: boolean }) {
  return (
    <section aria-labelledby="weekly-heading" className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
      <form action={shareArticleAction.bind(null, articleId)} className="flex flex-wrap items-center gap-3">
        {/* basis-64: on a phone the button wraps below the text rather than squeezing it to a column. */}
        <div className="min-w-0 flex-1 basis-64">
          <h2 id="weekly-heading" className="font-semibold text-slate-900">
            {shared ? "Shared with “This week’s news”" : "Not shared with “This week’s news”"}
          </h2>
          <p className="mt-0.5 text-slate-600">
            “This week’s news” is a quiz every learner can play. It draws approved questions from the articles of the last
            seven days that their teachers share, and shows the right answers after each attempt. A question in a quiz that keeps its
            answers back is never drawn.{dated ? "" : " This article has no publication date, so it is never drawn from."}
          </p>
        </div>
        <button
          name="shared"
          value={shared ? "no" : "yes"}
          className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50"
        >
          {shared ? "Stop sharing" : "Share its approved questions"}
        </button>
      </form>
    </section>
  );
}

export default async function DraftReviewPage({ params, searchParams }: { params: Promise<{ articleId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { articleId } = await params;
  const view = readDraftView(await searchParams);
  const review = await load(articleId, view);
  const action = setQuestionStatusAction.bind(null, review.id);
  const drafts = review.counts.byStatus.draft ?? 0;
  const approved = review.counts.byStatus.approved ?? 0;
  const pageKey = draftViewQuery({ ...view, page: review.page });
  // Only the questions shown are highlighted in the article: the page's sources.
  const ranges = review.questions.flatMap((q) => (q.question.source?.start !== undefined && q.question.source.end !== undefined ? [{ start: q.question.source.start, end: q.question.source.end }] : []));
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm"><Link href="/teach" className="text-brand-700 underline">Teach</Link></p>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">{review.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {review.counts.total} questions · {drafts} to check · {approved} approved
            {review.source ? <> · {/^https?:\/\//.test(review.source) ? <a href={review.source} className="underline" rel="noopener noreferrer">source</a> : review.source}</> : null}
          </p>
        </div>
        <div className="flex gap-3">
          <RegenerateDrafts articleId={review.id} drafts={drafts} />
          <Link href="/teach/quizzes/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Build a quiz</Link>
        </div>
      </header>

      <WeeklySharing articleId={review.id} shared={review.sharedWithWeeklyQuiz} dated={review.publishedAt !== null} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        {/* Scrolls on its own beside the questions on a wide screen: focusable, so keys can scroll it too. */}
        <section aria-labelledby="article-heading" tabIndex={0} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="article-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Article · sources highlighted</h2>
          <HighlightedText text={review.cleanText} ranges={ranges} />
        </section>

        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="mb-2 font-semibold">Questions, best first</h2>
          <DraftFilters key={pageKey} view={view} counts={review.counts} />
          <BulkStatusForm action={bulkSetQuestionStatusAction.bind(null, review.id)} pageKey={pageKey}>
            <p className="text-slate-600">
              {review.matching === 0 ? "No questions match." : `Showing ${review.offset + 1}–${review.offset + review.questions.length} of ${review.matching}`}
            </p>
          </BulkStatusForm>
          <ol className="space-y-3" start={review.offset + 1}>
            {review.questions.map((q, k) => ({ q, i: review.offset + k })).map(({ q, i }) => (
              <li key={q.id} id={`q-${q.id}`} className={`scroll-mt-24 rounded-xl border bg-white p-4 shadow-sm ${q.status === "rejected" ? "border-slate-200 opacity-60" : "border-slate-200"}`}>
                <div className="flex items-start gap-3">
                  <input type="checkbox" name="questionId" value={q.id} form="bulk" aria-label={`Select question ${i + 1}`} className="mt-1.5 h-4 w-4 accent-brand-600" />
                  <div className="min-w-0 flex-1">
                    <div className="mb-1 flex items-center gap-2">
                      <span className="text-sm text-slate-500">#{i + 1}</span>
                      <StatusBadge status={q.status} />
                      {q.question.source?.start !== undefined && <a href={`#s-${q.question.source.start}`} className="text-xs text-brand-700 underline">source</a>}
                    </div>
                    <QuestionPreview question={q.question} />
                    <form action={action} className="mt-3 flex flex-wrap gap-2 text-sm">
                      <input type="hidden" name="questionId" value={q.id} />
                      {q.status !== "approved" && <button name="status" value="approved" className="rounded-md border border-emerald-300 px-2.5 py-1 font-medium text-emerald-800 hover:bg-emerald-50" aria-label={`Approve question ${i + 1}`}>Approve</button>}
                      {q.status !== "rejected" && <button name="status" value="rejected" className="rounded-md border border-slate-300 px-2.5 py-1 font-medium text-slate-700 hover:bg-slate-50" aria-label={`Reject question ${i + 1}`}>Reject</button>}
                      {q.status !== "draft" && <button name="status" value="draft" className="rounded-md px-2.5 py-1 font-medium text-slate-600 hover:bg-slate-50">Back to draft</button>}
                      <Link href={`/teach/questions/${q.id}`} className="rounded-md px-2.5 py-1 font-medium text-brand-700 hover:bg-brand-50" aria-label={`Edit question ${i + 1}`}>Edit</Link>
                    </form>
                    <OtherForms q={q} n={i + 1} />
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <Pager label="Pages of questions" page={review.page} pages={review.pages} href={(to) => `/teach/articles/${review.id}${draftViewQuery({ ...view, page: to })}`} />
          <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-4">
            <p className="mb-3 text-sm text-slate-600">
              One question per fact, the most important facts first.{" "}
              {review.moreDrafts ? "The generator can draft questions on further facts of this article." : "Every fact the generator found in this article has a question."}
            </p>
            <DraftMoreForm action={draftMoreQuestionsAction.bind(null, review.id)} available={review.moreDrafts} />
          </div>
        </section>
      </div>
    </div>
  );
}
