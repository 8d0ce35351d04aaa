"use client";
// Forms that answer through handleForm (app/_server/forms/form-action.ts), and their fields. The
// form is keyed to the action's answer, so after every answer (an error or a save) each field is
// mounted afresh from the returned values: React 19's form reset cannot put an old value back.
// Fields own their id, label, hint, error and the aria wiring between them.
import { createContext, useActionState, useContext, useEffect, useRef, useState } from "react";
import type { FieldErrors, FormState, FormValues } from "../_server/forms/form-action";
import { FieldError, FormError, inputClass } from "./ui";

interface FormFieldsContext {
  values: FormValues;
  errors: FieldErrors;
  /** True once the action has answered: the values are what was sent, not the defaults. */
  answered: boolean;
}

const FieldsContext = createContext<FormFieldsContext>({ values: {}, errors: {}, answered: false });

/** The values and errors the fields of this form show. */
export function useFormFields(): FormFieldsContext {
  return useContext(FieldsContext);
}

export type FormActionFn<Data> = (state: FormState<Data>, form: FormData) => Promise<FormState<Data>>;

/** `useActionState` with the shared state shape; `initial` fills the fields before any answer. */
export function useFormAction<Data = undefined>(action: FormActionFn<Data>, initial: FormValues = {}) {
  return useActionState(action, { values: initial, errors: {}, round: 0 } as FormState<Data>);
}

/**
 * Number inputs whose text is not a number ("five") send nothing at all, so the server cannot tell
 * "five" from a blank: the browser knows (`validity.badInput`), so the form says so before sending.
 */
function unreadableNumbers(form: HTMLFormElement): FieldErrors {
  const errors: FieldErrors = {};
  for (const input of form.querySelectorAll<HTMLInputElement>("input[type=number]")) {
    if (input.validity.badInput) errors[input.name] = input.dataset.badInput ?? "Enter a number, in figures.";
  }
  // A field that said no itself (a file over the upload limit, file-size.ts): sending it would
  // only meet the server's 413.
  for (const input of form.querySelectorAll<HTMLInputElement>("input")) {
    if (input.validity.customError && input.name) errors[input.name] = input.validationMessage;
  }
  return errors;
}

export function ActionForm<Data>({
  state,
  action,
  children,
  className,
  id,
  showFormError = true,
}: {
  state: FormState<Data>;
  action: (form: FormData) => void;
  children: React.ReactNode;
  className?: string;
  /** For fields outside the form that join it by `form={id}` (the review page's tick boxes). */
  id?: string;
  /** Off where the form shows its `form` error itself (a one-line form). */
  showFormError?: boolean;
}) {
  const [browserErrors, setBrowserErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = { ...state.errors, ...browserErrors };
  const problems = Object.keys(errors).length;
  // After an answer with problems, put the keyboard on the first field to fix (the remount
  // would otherwise leave the focus nowhere).
  useEffect(() => {
    if (problems) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.round, browserErrors, problems]);
  return (
    <FieldsContext.Provider value={{ values: state.values, errors, answered: state.round > 0 }}>
      <form
        key={state.round}
        ref={formRef}
        id={id}
        action={action}
        noValidate
        className={className}
        onSubmit={(event) => {
          const unreadable = unreadableNumbers(event.currentTarget);
          setBrowserErrors(unreadable);
          if (Object.keys(unreadable).length) event.preventDefault();
        }}
      >
        {showFormError && <FormError message={errors.form} />}
        {children}
      </form>
    </FieldsContext.Provider>
  );
}

/** A confirmation after the action worked: boxed, or a plain line (`plain`) in a small form. */
export function FormMessage({ message, plain = false, className = "" }: { message?: string; plain?: boolean; className?: string }) {
  const look = plain ? "font-medium text-emerald-800" : "rounded-md bg-emerald-50 px-3 py-2 text-emerald-800";
  return (
    <p role="status" className={message ? `text-sm ${look} ${className}` : "sr-only"}>
      {message}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  /** Defaults to the name; set it where one page has two fields of that name. */
  id?: string;
  /** The error's key in the state, where it differs from the name. */
  errorKey?: string;
  /** A label for screen readers only (a dropdown in a table row). */
  hideLabel?: boolean;
  /** Beside the control, on its line (a button of a one-field form); hint and error go below both. */
  addon?: React.ReactNode;
  /** Classes for the row of control and addon. */
  rowClassName?: string;
  className?: string;
}

function useField({ name, id = name, hint, errorKey = name }: FieldProps) {
  const { values, errors, answered } = useFormFields();
  const error = errors[errorKey];
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const sent = values[name];
  return {
    error,
    value: typeof sent === "string" ? sent : undefined,
    answered,
    control: { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy },
  };
}

type FrameProps = Pick<FieldProps, "label" | "hint" | "hideLabel" | "addon" | "rowClassName" | "className"> & { id: string; error?: string; children: React.ReactNode };

function FieldFrame({ id, label, hint, error, hideLabel, addon, rowClassName = "flex flex-wrap items-start gap-2", className, children }: FrameProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-700"}>{label}</label>
      {addon ? (
        <div className={rowClassName}>
          {children}
          {addon}
        </div>
      ) : (
        children
      )}
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

type Own<T> = Omit<T, "name" | "id" | "className">;

export function TextField({ inputClassName = inputClass, defaultValue, ...props }: FieldProps & Own<React.InputHTMLAttributes<HTMLInputElement>> & { inputClassName?: string }) {
  const { name, label, hint, id = name, errorKey, hideLabel, addon, rowClassName, className, ...input } = props;
  const field = useField({ name, label, hint, id, errorKey });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={field.error} hideLabel={hideLabel} addon={addon} rowClassName={rowClassName} className={className}>
      <input {...input} {...field.control} defaultValue={field.value ?? defaultValue} className={inputClassName} />
    </FieldFrame>
  );
}

/**
 * A number input. Its text goes back as typed; "five" is caught in the browser (see
 * unreadableNumbers) with `badInputMessage`.
 */
export function NumberField({ badInputMessage, ...props }: React.ComponentProps<typeof TextField> & { badInputMessage?: string }) {
  return <TextField type="number" inputMode="numeric" data-bad-input={badInputMessage} {...props} />;
}

export function TextAreaField({ defaultValue, textareaClassName = inputClass, ...props }: FieldProps & Own<React.TextareaHTMLAttributes<HTMLTextAreaElement>> & { textareaClassName?: string }) {
  const { name, label, hint, id = name, errorKey, hideLabel, addon, rowClassName, className, ...textarea } = props;
  const field = useField({ name, label, hint, id, errorKey });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={field.error} hideLabel={hideLabel} addon={addon} rowClassName={rowClassName} className={className}>
      <textarea {...textarea} {...field.control} defaultValue={field.value ?? defaultValue} className={textareaClassName} />
    </FieldFrame>
  );
}

export function SelectField({ defaultValue, selectClassName = inputClass, children, ...props }: FieldProps & Own<React.SelectHTMLAttributes<HTMLSelectElement>> & { selectClassName?: string }) {
  const { name, label, hint, id = name, errorKey, hideLabel, addon, rowClassName, className, ...select } = props;
  const field = useField({ name, label, hint, id, errorKey });
  return (
    <FieldFrame id={id} label={label} hint={hint} error={field.error} hideLabel={hideLabel} addon={addon} rowClassName={rowClassName} className={className}>
      <select {...select} {...field.control} defaultValue={field.value ?? defaultValue} className={selectClassName}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** A checkbox that, once the form was sent, shows what was sent (an unticked box sends nothing). */
export function CheckboxField({ name, label, defaultChecked, value = "on", className = "" }: { name: string; label: React.ReactNode; defaultChecked?: boolean; value?: string; className?: string }) {
  const { values, answered } = useFormFields();
  const sent = values[name];
  const checked = answered ? (Array.isArray(sent) ? sent.includes(value) : sent === value) : defaultChecked;
  return (
    <label className={`flex items-center gap-2 ${className}`}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="h-4 w-4 accent-brand-600" /> {label}
    </label>
  );
}
