"use server";
// Server actions for managing a quiz after it is made. Each authenticates; the use cases in
// quizzes/manage-quiz.ts check ownership again and decide.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "../auth/session";
import { orNotFound } from "../http/or-not-found";
import { handleForm, type FormState, type FormValues } from "../forms/form-action";
import { readFormNumber } from "../forms/form-number";
import { AttemptsAffectedError, closeQuizNow, EmptyQuizPublishError, quizSettingsInputSchema, setQuizPublished, updateQuizSettings } from "../quizzes/manage-quiz";
import { EmptyPublishedQuizError, setQuizQuestions } from "../quizzes/quiz-questions";
import { ForbiddenError } from "../http/errors";
import { getReaderTimeZone } from "../time/reader-time";
import { fieldInstant } from "../time/zoned-field";

const idSchema = z.string().min(1).max(64);

const SETTINGS_FIELDS = { text: ["title", "description", "timeLimitMinutes", "attemptsAllowed", "grading", "review", "visibility", "openAt", "closeAt", "confirmed"] } as const;

function settingsFormInput(values: FormValues, timeZone: string): z.input<typeof quizSettingsInputSchema> {
  const text = (name: string) => String(values[name] ?? "").trim();
  return {
    title: text("title"),
    description: text("description"),
    timeLimitMinutes: readFormNumber(text("timeLimitMinutes")),
    attemptsAllowed: readFormNumber(text("attemptsAllowed")),
    grading: text("grading") as z.input<typeof quizSettingsInputSchema>["grading"],
    review: text("review") as z.input<typeof quizSettingsInputSchema>["review"],
    visibility: text("visibility") as z.input<typeof quizSettingsInputSchema>["visibility"],
    openAt: fieldInstant(text("openAt"), timeZone),
    closeAt: fieldInstant(text("closeAt"), timeZone),
    confirmed: text("confirmed") !== "",
  };
}

export async function updateQuizSettingsAction(quizId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  const id = idSchema.parse(quizId);
  const timeZone = await getReaderTimeZone();
  return handleForm(previous, form, {
    fields: SETTINGS_FIELDS,
    schema: quizSettingsInputSchema,
    toInput: (values) => settingsFormInput(values, timeZone),
    async run(input) {
      try {
        await orNotFound(updateQuizSettings({ actor, quizId: id, input }));
      } catch (error) {
        if (error instanceof AttemptsAffectedError) return { errors: { confirmed: error.message } };
        throw error;
      }
      revalidatePath(`/teach/quizzes/${id}`);
      redirect(`/teach/quizzes/${id}?saved=1`);
    },
  });
}

export async function setQuizPublishedAction(quizId: string, published: boolean): Promise<void> {
  const actor = await requireTeacher();
  const id = idSchema.parse(quizId);
  try {
    await orNotFound(setQuizPublished({ actor, quizId: id, published: z.boolean().parse(published) }));
  } catch (error) {
    if (error instanceof EmptyQuizPublishError) redirect(`/teach/quizzes/${id}?empty=1`);
    throw error;
  }
  revalidatePath(`/teach/quizzes/${id}`);
  redirect(`/teach/quizzes/${id}`);
}

export async function closeQuizNowAction(quizId: string): Promise<void> {
  const actor = await requireTeacher();
  const id = idSchema.parse(quizId);
  await orNotFound(closeQuizNow({ actor, quizId: id }));
  revalidatePath(`/teach/quizzes/${id}`);
  redirect(`/teach/quizzes/${id}`);
}

/** What a button of the question list asks: move a question up or down, or remove it. */
const questionOpSchema = z.union([
  z.templateLiteral([z.enum(["up", "down", "remove"]), ":", idSchema]),
  z.literal("add"),
]);

/** The list with one question moved a place, or taken out. */
function applyQuestionOp(ids: string[], op: z.infer<typeof questionOpSchema>, add: string[]): string[] {
  if (op === "add") return [...ids, ...add.filter((id) => !ids.includes(id))];
  const [verb, id] = op.split(":") as ["up" | "down" | "remove", string];
  const at = ids.indexOf(id);
  if (at < 0) return ids;
  if (verb === "remove") return ids.filter((x) => x !== id);
  const to = verb === "up" ? at - 1 : at + 1;
  if (to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

/**
 * The question list's form: the quiz's questions as the page showed them (`questionId`, in order),
 * the button pressed (`op`), and for "add" the ticked questions. Answers by redirect, so it works
 * without JavaScript; the page says what happened (and, with attempts, what it means for them).
 */
export async function editQuizQuestionsAction(quizId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const id = idSchema.parse(quizId);
  const page = `/teach/quizzes/${id}/questions`;
  const parsed = z
    .object({ questionId: z.array(idSchema).max(500), add: z.array(idSchema).max(500), op: questionOpSchema })
    .safeParse({ questionId: form.getAll("questionId"), add: form.getAll("add"), op: form.get("op") });
  if (!parsed.success) redirect(`${page}?error=unreadable`);
  const { questionId, add, op } = parsed.data;
  if (op === "add" && add.length === 0) redirect(`${page}?error=none-ticked#add-heading`);
  try {
    await orNotFound(setQuizQuestions({ actor, quizId: id, input: { questionIds: applyQuestionOp(questionId, op, add) } }));
  } catch (error) {
    if (error instanceof EmptyPublishedQuizError) redirect(`${page}?error=empty`);
    if (error instanceof ForbiddenError) redirect(`${page}?error=not-yours`);
    throw error;
  }
  revalidatePath(`/teach/quizzes/${id}`);
  const verb = op === "add" ? "added" : op.split(":")[0] === "remove" ? "removed" : "moved";
  redirect(`${page}?done=${verb}${verb === "moved" ? `#q-${op.split(":")[1]}` : ""}`);
}
