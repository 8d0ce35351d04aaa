"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher, requireUser } from "../auth/session";
import { assignQuiz, classNameSchema, createClass, joinClass, joinCodeSchema } from "./classes";
import { handleForm, type FormState } from "../forms/form-action";
import { NotFoundError } from "../http/errors";
import { orNotFound } from "../http/or-not-found";

export async function createClassAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireTeacher();
  return handleForm(previous, form, {
    fields: { text: ["name"] },
    schema: z.object({ name: classNameSchema }),
    async run({ name }) {
      const created = await createClass({ actor, name });
      redirect(`/teach/classes/${created.id}`);
    },
  });
}

export async function joinClassAction(previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser("/classes");
  return handleForm(previous, form, {
    fields: { text: ["code"] },
    schema: z.object({ code: joinCodeSchema }),
    async run({ code }) {
      try {
        const joined = await joinClass({ actor, code });
        revalidatePath("/classes");
        // Joined: the field empties for the next code.
        return { message: joined.alreadyMember ? `You are already in ${joined.name}.` : `You joined ${joined.name}.`, values: { code: "" } };
      } catch (error) {
        if (error instanceof NotFoundError) return { errors: { code: "No class has that code. Check it with your teacher." } };
        throw error;
      }
    },
  });
}

export async function assignQuizAction(classId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const quizId = String(form.get("quizId") ?? "");
  if (!quizId) return;
  await orNotFound(assignQuiz({ actor, classId, quizId }));
  revalidatePath(`/teach/classes/${classId}`);
}
