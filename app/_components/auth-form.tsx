"use client";
import { useActionState } from "react";
import Link from "next/link";
import type { AuthFormState } from "../_server/auth/auth-actions";
import { SubmitButton } from "./submit-button";

type Field = { name: "name" | "email" | "password"; label: string; type: string; autoComplete: string; hint?: string };

export function AuthForm({
  mode,
  action,
  next,
  passwordMinLength,
}: {
  mode: "sign-in" | "sign-up";
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  next: string;
  passwordMinLength: number;
}) {
  const [state, formAction] = useActionState(action, {});
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
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="next" value={next} />
      {state.formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.formError}
        </p>
      )}
      {fields.map((field) => {
        const errors = state.fieldErrors?.[field.name];
        const describedBy = [errors ? `${field.name}-error` : null, field.hint ? `${field.name}-hint` : null].filter(Boolean).join(" ") || undefined;
        return (
          <div key={field.name}>
            <label htmlFor={field.name} className="block text-sm font-medium text-slate-700">
              {field.label}
            </label>
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              defaultValue={field.name === "password" ? undefined : state.values?.[field.name]}
              aria-invalid={errors ? true : undefined}
              aria-describedby={describedBy}
              required
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-invalid:border-red-500"
            />
            {field.hint && (
              <p id={`${field.name}-hint`} className="mt-1 text-xs text-slate-500">
                {field.hint}
              </p>
            )}
            {errors && (
              <p id={`${field.name}-error`} className="mt-1 text-sm text-red-700">
                {errors[0]}
              </p>
            )}
          </div>
        );
      })}
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
    </form>
  );
}
