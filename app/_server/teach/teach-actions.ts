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
import { buildQuestion, QUESTION_FORM_FIELDS, questionFormSchema } from "../bank/question-form";
import { handleForm, plainMessage, type FormState, type FormValues } from "../forms/form-action";
import { readFormNumber } from "../forms/form-number";
import { createQuiz, quizInputSchema } from "../quizzes/create-quiz";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { getReaderTimeZone } from "../time/reader-time";
import { fieldInstant } from "../time/zoned-field";
import { BANK_IMPORT_MAX_BYTES, createQuestions, importGiftQuestions } from "../bank/create-questions";
import { questionSchema, type Question } from "@/questions/schema";

export async function createArticleAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: { text: ["title", "text", "source", "publishedAt"] },
    schema: articleInputSchema,
    async prepare(values, form) {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return;
      const upload = await readUpload(file);
      if ("error" in upload) return { file: upload.error };
      values.text = upload.text;
      values.title ||= upload.title ?? "";
      values.publishedAt ||= upload.publishedAt ?? "";
    },
    async run(_input, values) {
      // createArticle parses the same schema again at its own boundary, so it takes the text as typed.
      const { articleId, questionIds } = await createArticle({ actor, input: values as z.input<typeof articleInputSchema> });
      if (questionIds.length === 0) {
        return { errors: { form: "The article was saved, but no questions could be made from it. Check that it is a news article in English." } };
      }
      redirect(`/teach/articles/${articleId}`);
    },
  });
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

const QUESTION_FIELDS = { text: [...QUESTION_FORM_FIELDS, "version"] } as const;

/** The version the form was showing: a save against an older one is refused (VersionConflictError). */
const shownVersion = (values: FormValues) => Number(values.version);

export async function updateQuestionAction(questionId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: QUESTION_FIELDS,
    schema: questionFormSchema,
    async run(input, values) {
      let existing;
      try {
        existing = await getQuestionForEditing({ actor, questionId });
      } catch (error) {
        if (error instanceof NotFoundError) return { errors: { form: "This question no longer exists." } };
        throw error;
      }
      const built = buildQuestion(input, existing.question);
      if ("errors" in built) return built;
      let saved;
      try {
        saved = await updateQuestion({ actor, questionId, expectedVersion: shownVersion(values), question: built.question });
      } catch (error) {
        if (error instanceof VersionConflictError) return { errors: { form: error.message } };
        throw error;
      }
      if (existing.articleId) redirect(`/teach/articles/${existing.articleId}#q-${questionId}`);
      // The form stays: it must now carry the new version, or a second Save would be refused.
      return { message: "Saved.", values: { ...values, version: String(saved.version) } };
    },
  });
}

const QUIZ_FIELDS = {
  text: ["title", "description", "timeLimitMinutes", "attemptsAllowed", "grading", "review", "openAt", "closeAt", "drawFrom", "drawCount", "shuffleQuestions", "shuffleChoices", "pageLayout", "publish"],
  lists: ["questionId"],
} as const;

/** The quiz form's text as createQuiz's input: numbers read strictly, blanks as "not set". */
function quizFormInput(values: FormValues, timeZone: string): z.input<typeof quizInputSchema> {
  const text = (name: string) => String(values[name] ?? "").trim();
  // "tag:NAME" or "article:ID", from one select listing both.
  const [drawKind, ...drawRest] = text("drawFrom").split(":");
  const drawSource = drawKind === "tag" ? { tag: drawRest.join(":") } : drawKind === "article" ? { articleId: drawRest.join(":") } : null;
  const drawCount = readFormNumber(text("drawCount"));
  return {
    title: text("title"),
    description: text("description"),
    questionIds: [values.questionId ?? []].flat(),
    // A number typed with nowhere to draw from is refused by the draw's own rule, not dropped.
    draws: drawCount !== null ? [{ ...drawSource, count: drawCount }] : [],
    timeLimitMinutes: readFormNumber(text("timeLimitMinutes")),
    attemptsAllowed: readFormNumber(text("attemptsAllowed")),
    openAt: fieldInstant(text("openAt"), timeZone),
    closeAt: fieldInstant(text("closeAt"), timeZone),
    shuffleQuestions: text("shuffleQuestions") !== "",
    shuffleChoices: text("shuffleChoices") !== "",
    grading: (text("grading") || undefined) as z.input<typeof quizInputSchema>["grading"],
    review: (text("review") || undefined) as z.input<typeof quizInputSchema>["review"],
    pageLayout: (text("pageLayout") || undefined) as z.input<typeof quizInputSchema>["pageLayout"],
    publish: text("publish") !== "draft",
  };
}

export async function createQuizAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  const timeZone = await getReaderTimeZone();
  return handleForm(previous, form, {
    fields: QUIZ_FIELDS,
    schema: quizInputSchema,
    toInput: (values) => quizFormInput(values, timeZone),
    async run(input) {
      let quiz;
      try {
        quiz = await createQuiz({ actor, input });
      } catch (error) {
        if (error instanceof ForbiddenError) return { errors: { questionIds: error.message } };
        throw error;
      }
      redirect(`/teach/quizzes/${quiz.id}`);
    },
  });
}

export interface ImportResult {
  imported: number;
  problems: { line: number; message: string }[];
}

const importFileSchema = z.object({
  file: z
    .instanceof(File, { error: "Choose a GIFT (.txt, .gift) or JSON file." })
    .refine((file) => file.size > 0, "Choose a GIFT (.txt, .gift) or JSON file.")
    .refine((file) => file.size <= BANK_IMPORT_MAX_BYTES, `The file is larger than ${BANK_IMPORT_MAX_BYTES / 1024 / 1024} MB.`),
});

/** GIFT (Moodle) or our JSON export into the teacher's bank. */
export async function importQuestionsAction(previous: FormState<ImportResult>, form: FormData): Promise<FormState<ImportResult>> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: {},
    schema: importFileSchema,
    toInput: (_values, form) => ({ file: form.get("file") }),
    async run({ file }) {
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
        const problems: ImportResult["problems"] = [];
        const valid: Question[] = [];
        list.forEach((raw, i) => {
          const parsed = questionSchema.safeParse(raw, { error: plainMessage });
          if (parsed.success) valid.push(parsed.data);
          else problems.push({ line: i + 1, message: `question ${i + 1}: ${describeIssue(parsed.error.issues[0])}` });
        });
        const ids = await createQuestions({ actor, questions: valid, origin: "json" });
        revalidatePath("/teach/bank");
        return { data: { imported: ids.length, problems } };
      }
      const { imported, errors } = await importGiftQuestions({ actor, text });
      revalidatePath("/teach/bank");
      return { data: { imported, problems: errors } };
    },
  });
}

/** "choices: At least 2." — which part of the question, in the file's own field names. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "Check this question.";
  const where = issue.path.filter((p) => typeof p === "string").join(".");
  return where ? `${where}: ${issue.message}` : issue.message;
}

export async function createQuestionAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: QUESTION_FIELDS,
    schema: questionFormSchema,
    async run(input) {
      const built = buildQuestion(input);
      if ("errors" in built) return built;
      await createQuestions({ actor, questions: [built.question] });
      redirect("/teach/bank");
    },
  });
}

export async function regradeQuestionAction(quizId: string, questionId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: QUESTION_FIELDS,
    schema: questionFormSchema,
    async run(input, values) {
      const existing = await orNotFound(getQuestionToRegrade({ actor, quizId, questionId }));
      const built = buildQuestion(input, existing.question);
      if ("errors" in built) return built;
      try {
        await regradeQuestion({ actor, questionId, expectedVersion: shownVersion(values), question: built.question });
      } catch (error) {
        if (error instanceof VersionConflictError) return { errors: { form: error.message } };
        throw error;
      }
      redirect(`/teach/quizzes/${quizId}`);
    },
  });
}

export async function regenerateArticleAction(articleId: string): Promise<void> {
  const actor = await requireTeacher();
  await orNotFound(regenerateArticle({ actor, articleId }));
  revalidatePath(`/teach/articles/${articleId}`);
}
