"use client";
import Link from "next/link";
import { SubmitButton } from "./submit-button";
import { ActionForm, TextField, useFormAction, type FormActionFn } from "./form-fields";

type Field = { name: "name" | "email" | "password"; label: string; type: string; autoComplete: string; hint?: string };

export function AuthForm({
  mode,
  action,
  next,
  passwordMinLength,
}: {
  mode: "sign-in" | "sign-up";
  action: FormActionFn<undefined>;
  next: string;
  passwordMinLength: number;
}) {
  const [state, formAction] = useFormAction(action);
  const fields: Field[] =
    mode === "sign-up"
      ? [
          { name: "name", label: "Name", type: "text", autoComplete: "name" },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password", hint: `At least ${passwordMinLength} characters.` },
        ]
      : [
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ];
  return (
    <ActionForm state={state} action={formAction} className="space-y-5">
      <input type="hidden" name="next" value={next} />
      {fields.map((field) => (
        <TextField key={field.name} name={field.name} label={field.label} type={field.type} autoComplete={field.autoComplete} hint={field.hint} required />
      ))}
      <SubmitButton pendingLabel={mode === "sign-up" ? "Creating account…" : "Signing in…"}>
        {mode === "sign-up" ? "Create account" : "Sign in"}
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        {mode === "sign-up" ? (
          <>
            Already have an account? <Link className="font-medium text-brand-700 underline" href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link className="font-medium text-brand-700 underline" href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </ActionForm>
  );
}
