"use server";
// Sign-up, sign-in and sign-out as server actions: validated with the shared zod schemas, errors
// returned per field, and the password never echoed back in the state.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { getAuth } from "./auth";
import { signInSchema, signUpSchema } from "./account-rules";
import { safeNextPath } from "./safe-next";

export interface AuthFormState {
  fieldErrors?: Partial<Record<"name" | "email" | "password", string[]>>;
  formError?: string;
  values?: { name?: string; email?: string };
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = signUpSchema.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };
  try {
    await getAuth().api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    // By better-auth's own test (its name), not by class: see getAuth in auth.ts.
    if (isAPIError(error)) {
      const message = /exist/i.test(error.message) ? "An account with this email already exists. Sign in instead." : error.message;
      return { formError: message, values };
    }
    throw error;
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: String(form.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ ...values, password: form.get("password") });
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors, values };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (isAPIError(error)) {
      // Too many tries says so (and when to come back); anything else stays vague on purpose.
      const message = error.status === "TOO_MANY_REQUESTS" ? error.message : "Wrong email or password.";
      return { formError: message, values };
    }
    throw error;
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/");
}
