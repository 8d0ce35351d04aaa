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

const idSchema = z.string().min(1).max(64);

const SETTINGS_FIELDS = { text: ["title", "description", "timeLimitMinutes", "attemptsAllowed", "grading", "review", "visibility", "openAt", "closeAt", "confirmed"] } as const;

function settingsFormInput(values: FormValues): z.input<typeof quizSettingsInputSchema> {
  const text = (name: string) => String(values[name] ?? "").trim();
  return {
    title: text("title"),
    description: text("description"),
    timeLimitMinutes: readFormNumber(text("timeLimitMinutes")),
    attemptsAllowed: readFormNumber(text("attemptsAllowed")),
    grading: text("grading") as z.input<typeof quizSettingsInputSchema>["grading"],
    review: text("review") as z.input<typeof quizSettingsInputSchema>["review"],
    visibility: text("visibility") as z.input<typeof quizSettingsInputSchema>["visibility"],
    openAt: text("openAt") || null,
    closeAt: text("closeAt") || null,
    confirmed: text("confirmed") !== "",
  };
}

export async function updateQuizSettingsAction(quizId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  const id = idSchema.parse(quizId);
  return handleForm(previous, form, {
    fields: SETTINGS_FIELDS,
    schema: quizSettingsInputSchema,
    toInput: settingsFormInput,
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
