"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { requireTeacher, requireUser } from "../auth/session";
import { assignQuiz, createClass, joinClass } from "./classes";
import { NotFoundError } from "../http/errors";
import { orNotFound } from "../http/or-not-found";

export interface SimpleFormState {
  error?: string;
  message?: string;
  value?: string;
}

const firstIssue = (error: ZodError) => error.issues[0]?.message ?? "Check this field.";

export async function createClassAction(_prev: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const actor = await requireTeacher();
  const name = String(form.get("name") ?? "");
  let created;
  try {
    created = await createClass({ actor, name });
  } catch (error) {
    if (error instanceof ZodError) return { error: firstIssue(error), value: name };
    throw error;
  }
  redirect(`/teach/classes/${created.id}`);
}

export async function joinClassAction(_prev: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const actor = await requireUser("/classes");
  const code = String(form.get("code") ?? "");
  try {
    const joined = await joinClass({ actor, code });
    revalidatePath("/classes");
    return { message: `You joined ${joined.name}.` };
  } catch (error) {
    if (error instanceof ZodError) return { error: firstIssue(error), value: code };
    if (error instanceof NotFoundError) return { error: "No class has that code. Check it with your teacher.", value: code };
    throw error;
  }
}

export async function assignQuizAction(classId: string, form: FormData): Promise<void> {
  const actor = await requireTeacher();
  const quizId = String(form.get("quizId") ?? "");
  if (!quizId) return;
  await orNotFound(assignQuiz({ actor, classId, quizId }));
  revalidatePath(`/teach/classes/${classId}`);
}
