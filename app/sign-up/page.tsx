import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "../_components/auth-form";
import { signUpAction } from "../_server/auth/auth-actions";
import { getCurrentUser } from "../_server/auth/session";
import { PASSWORD_MIN_LENGTH } from "../_server/auth/account-rules";
import { safeNextPath } from "../_server/auth/safe-next";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  // Checked here too, so the form and its links never carry another site's address.
  const next = safeNextPath((await searchParams).next);
  const user = await getCurrentUser();
  // Guests sign up or in to keep their attempts; everyone else is already in.
  if (user && !user.isGuest) redirect("/");
  return (
    <div className="mx-auto max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Create an account</h1>
      <p className="mb-6 text-sm text-slate-600">Take quizzes and keep your score history.</p>
      <AuthForm mode="sign-up" action={signUpAction} next={next} passwordMinLength={PASSWORD_MIN_LENGTH} />
    </div>
  );
}
