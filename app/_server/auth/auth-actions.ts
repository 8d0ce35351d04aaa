"use server";
// Sign-up, sign-in and sign-out as server actions: validated with the shared zod schemas, errors
// returned per field, and the password never echoed back in the state.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { getAuth } from "./auth";
import { signInSchema, signUpSchema } from "./account-rules";
import { safeNextPath } from "./safe-next";
import { handleForm, type FormState } from "../forms/form-action";

export async function signUpAction(previous: FormState, form: FormData): Promise<FormState> {
  return handleForm(previous, form, {
    fields: { text: ["name", "email"], secret: ["password"] },
    schema: signUpSchema,
    async run(body) {
      try {
        await getAuth().api.signUpEmail({ body, headers: await headers() });
      } catch (error) {
        // By better-auth's own test (its name), not by class: see getAuth in auth.ts.
        if (isAPIError(error)) {
          const message = /exist/i.test(error.message) ? "An account with this email already exists. Sign in instead." : error.message;
          return { errors: { form: message } };
        }
        throw error;
      }
      redirect(safeNextPath(form.get("next")));
    },
  });
}

export async function signInAction(previous: FormState, form: FormData): Promise<FormState> {
  return handleForm(previous, form, {
    fields: { text: ["email"], secret: ["password"] },
    schema: signInSchema,
    async run(body) {
      try {
        await getAuth().api.signInEmail({ body, headers: await headers() });
      } catch (error) {
        if (isAPIError(error)) {
          // Too many tries says so (and when to come back); anything else stays vague on purpose.
          const message = error.status === "TOO_MANY_REQUESTS" ? error.message : "Wrong email or password.";
          return { errors: { form: message } };
        }
        throw error;
      }
      redirect(safeNextPath(form.get("next")));
    },
  });
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
