"use server";
// Server actions for teachers. Each authenticates, validates with the shared zod schemas, calls
// one use case (which checks ownership again) and returns field errors rather than throwing.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "../auth/session";
import { orNotFound } from "../http/or-not-found";
import { articleInputSchema } from "../articles/article-rules";
import { readUpload } from "../articles/article-upload";
import { createArticle } from "../articles/create-article";
import { setQuestionStatus, questionStatusSchema } from "../bank/set-question-status";
import { getQuestionForEditing } from "../bank/get-question-for-editing";
import { updateQuestion, VersionConflictError } from "../bank/update-question";
import { getQuestionToRegrade, regradeQuestion } from "../bank/regrade-question";
import { regenerateArticle } from "../articles/regenerate-article";
import { shareArticleWithWeeklyQuiz } from "../articles/share-article";
import { formValuesToQuestion, type QuestionFormErrors, type QuestionFormValues } from "../bank/question-form";
import { createQuiz, quizInputSchema } from "../quizzes/create-quiz";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { BANK_IMPORT_MAX_BYTES, createQuestions, importGiftQuestions } from "../bank/create-questions";
import { questionSchema, type Question } from "@/questions/schema";

type Fields<T extends string> = Partial<Record<T, string>>;

export interface ArticleFormState {
  errors?: Fields<"title" | "text" | "source" | "publishedAt" | "file" | "form">;
  values?: { title: string; text: string; source: string; publishedAt: string };
}

export async function createArticleAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const actor = await requireTeacher();
  const values = {
    title: String(form.get("title") ?? ""),
    text: String(form.get("text") ?? ""),
    source: String(form.get("source") ?? ""),
    publishedAt: String(form.get("publishedAt") ?? ""),
  };
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const upload = await readUpload(file);
    if ("error" in upload) return { errors: { file: upload.error }, values };
    values.text = upload.text;
    values.title ||= upload.title ?? "";
    values.publishedAt ||= upload.publishedAt ?? "";
  }
  const parsed = articleInputSchema.safeParse(values);
  if (!parsed.success) {
    const errors: ArticleFormState["errors"] = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as "title"] ??= issue.message;
    return { errors, values };
  }
  const { articleId, questionIds } = await createArticle({ actor, input: values });
  if (questionIds.length === 0) {
    return { errors: { form: "The article was saved, but no questions could be made from it. Check that it is a news article in English." }, values };
  }
  redirect(`/teach/articles/${articleId}`);
}

const statusFormSchema = z.object({ status: questionStatusSchema, questionIds: z.array(z.string().min(1)).min(1) });

/** Approve/reject/return-to-draft one question or the checked ones. */
export async function setQuestionStatusAction(articleId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const parsed = statusFormSchema.safeParse({ status: form.get("status"), questionIds: form.getAll("questionId").map(String) });
  if (!parsed.success) return; // nothing checked: nothing to do
  // A page left open after its drafts were regenerated, or a replayed form with another teacher's
  // ids, names questions that are gone or not theirs: the 404 page, not a server error.
  await orNotFound(setQuestionStatus({ actor, questionIds: parsed.data.questionIds, status: parsed.data.status }));
  revalidatePath(`/teach/articles/${articleId}`);
}

/** "Share with This week's news" on the article page: the button says which way it switches. */
export async function shareArticleAction(articleId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const shared = z.enum(["yes", "no"]).safeParse(form.get("shared"));
  if (!shared.success) return; // a hand-made form: nothing to do
  await orNotFound(shareArticleWithWeeklyQuiz({ actor, articleId, shared: shared.data === "yes" }));
  revalidatePath(`/teach/articles/${articleId}`);
}

function readQuestionForm(form: FormData): QuestionFormValues {
  const fields = ["type", "prompt", "choices", "answer", "tolerance", "accepted", "pairs", "items", "explanation", "tags"] as const;
  return Object.fromEntries(fields.map((k) => [k, String(form.get(k) ?? "")])) as QuestionFormValues;
}

export interface QuestionFormState {
  errors?: QuestionFormErrors & { form?: string };
  values?: QuestionFormValues;
  saved?: boolean;
}

export async function updateQuestionAction(questionId: string, _prev: QuestionFormState, form: FormData): Promise<QuestionFormState> {
  const actor = await requireTeacher();
  const values = readQuestionForm(form);
  const expectedVersion = Number(form.get("version"));
  let existing;
  try {
    existing = await getQuestionForEditing({ actor, questionId });
  } catch (error) {
    if (error instanceof NotFoundError) return { errors: { form: "This question no longer exists." }, values };
    throw error;
  }
  const result = formValuesToQuestion(values, existing.question);
  if ("errors" in result) return { errors: result.errors, values };
  try {
    await updateQuestion({ actor, questionId, expectedVersion, question: result.question });
  } catch (error) {
    if (error instanceof VersionConflictError) return { errors: { form: error.message }, values };
    throw error;
  }
  if (existing.articleId) redirect(`/teach/articles/${existing.articleId}#q-${questionId}`);
  return { saved: true, values };
}

type QuizField = "title" | "description" | "questionIds" | "timeLimitMinutes" | "attemptsAllowed" | "openAt" | "closeAt" | "draws" | "form";

const QUIZ_TEXT_FIELDS = ["title", "description", "timeLimitMinutes", "attemptsAllowed", "grading", "review", "openAt", "closeAt", "drawFrom", "drawCount", "shuffleQuestions", "shuffleChoices", "pageLayout"] as const;

export interface QuizFormState {
  errors?: Fields<QuizField>;
  values?: { [K in (typeof QUIZ_TEXT_FIELDS)[number]]: string } & { questionIds: string[] };
}

export async function createQuizAction(_prev: QuizFormState, form: FormData): Promise<QuizFormState> {
  const actor = await requireTeacher();
  const values = {
    ...(Object.fromEntries(QUIZ_TEXT_FIELDS.map((k) => [k, String(form.get(k) ?? "").trim()])) as { [K in (typeof QUIZ_TEXT_FIELDS)[number]]: string }),
    questionIds: form.getAll("questionId").map(String),
  };
  const whole = (s: string) => (s ? Number(s) : null);
  // "tag:NAME" or "article:ID", from one select listing both.
  const [drawKind, ...drawRest] = values.drawFrom.split(":");
  const drawSource = drawKind === "tag" ? { tag: drawRest.join(":") } : drawKind === "article" ? { articleId: drawRest.join(":") } : null;
  const draws = drawSource && values.drawCount ? [{ ...drawSource, count: Number(values.drawCount) }] : [];
  const parsed = quizInputSchema.safeParse({
    ...values,
    timeLimitMinutes: whole(values.timeLimitMinutes),
    attemptsAllowed: whole(values.attemptsAllowed),
    openAt: values.openAt || null,
    closeAt: values.closeAt || null,
    shuffleQuestions: Boolean(values.shuffleQuestions),
    shuffleChoices: Boolean(values.shuffleChoices),
    draws,
    grading: values.grading || undefined,
    review: values.review || undefined,
    pageLayout: values.pageLayout || undefined,
    publish: form.get("publish") !== "draft",
  });
  if (!parsed.success) {
    const errors: QuizFormState["errors"] = {};
    for (const issue of parsed.error.issues) errors[(issue.path[0] as QuizField) ?? "form"] ??= issue.message;
    return { errors, values };
  }
  let quiz;
  try {
    quiz = await createQuiz({ actor, input: parsed.data });
  } catch (error) {
    if (error instanceof ForbiddenError) return { errors: { questionIds: error.message }, values };
    throw error;
  }
  redirect(`/teach/quizzes/${quiz.id}`);
}

export interface ImportFormState {
  errors?: Fields<"file" | "form">;
  result?: { imported: number; problems: { line: number; message: string }[] };
}

/** GIFT (Moodle) or our JSON export into the teacher's bank. */
export async function importQuestionsAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const actor = await requireTeacher();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { errors: { file: "Choose a GIFT (.txt, .gift) or JSON file." } };
  if (file.size > BANK_IMPORT_MAX_BYTES) return { errors: { file: `The file is larger than ${BANK_IMPORT_MAX_BYTES / 1024 / 1024} MB.` } };
  const buffer = Buffer.from(await file.arrayBuffer());
  if (buffer.includes(0)) return { errors: { file: "That file is not text." } };
  const text = buffer.toString("utf8");
  if (/\.json$/i.test(file.name)) {
    let list: unknown;
    try {
      list = (JSON.parse(text) as { questions?: unknown }).questions;
    } catch {
      return { errors: { file: "That JSON file could not be read." } };
    }
    if (!Array.isArray(list)) return { errors: { file: 'Expected a Newsquiz JSON export: {"questions": [...]}' } };
    const problems: { line: number; message: string }[] = [];
    const valid: Question[] = [];
    list.forEach((raw, i) => {
      const parsed = questionSchema.safeParse(raw);
      if (parsed.success) valid.push(parsed.data);
      else problems.push({ line: i + 1, message: `question ${i + 1}: ${parsed.error.issues[0]?.message}` });
    });
    const ids = await createQuestions({ actor, questions: valid });
    revalidatePath("/teach/bank");
    return { result: { imported: ids.length, problems } };
  }
  const { imported, errors } = await importGiftQuestions({ actor, text });
  revalidatePath("/teach/bank");
  return { result: { imported, problems: errors } };
}

export async function createQuestionAction(_prev: QuestionFormState, form: FormData): Promise<QuestionFormState> {
  const actor = await requireTeacher();
  const values = readQuestionForm(form);
  const result = formValuesToQuestion(values);
  if ("errors" in result) return { errors: result.errors, values };
  await createQuestions({ actor, questions: [result.question] });
  redirect("/teach/bank");
}

export async function regradeQuestionAction(quizId: string, questionId: string, _prev: QuestionFormState, form: FormData): Promise<QuestionFormState> {
  const actor = await requireTeacher();
  const values = readQuestionForm(form);
  const existing = await orNotFound(getQuestionToRegrade({ actor, quizId, questionId }));
  const result = formValuesToQuestion(values, existing.question);
  if ("errors" in result) return { errors: result.errors, values };
  try {
    await regradeQuestion({ actor, questionId, expectedVersion: Number(form.get("version")), question: result.question });
  } catch (error) {
    if (error instanceof VersionConflictError) return { errors: { form: error.message }, values };
    throw error;
  }
  redirect(`/teach/quizzes/${quizId}`);
}

export async function regenerateArticleAction(articleId: string): Promise<void> {
  const actor = await requireTeacher();
  await orNotFound(regenerateArticle({ actor, articleId }));
  revalidatePath(`/teach/articles/${articleId}`);
}
