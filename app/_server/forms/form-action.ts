// The one way a server action answers a form: read the fields once, parse them with the use case's
// own zod schema, and answer with one state shape: what was sent (to fill the fields again), one
// plain-language message per field, and a `round` the form uses as its React `key`.
//
// Why the key: React 19 resets a form after its action, to the values the fields had when they
// were first mounted. A `<select>` whose `defaultValue` changed since keeps the old one, and a
// controlled one is reset behind React's back. A new key per answer remounts the form, so every
// field starts from the state's values (docs/decisions/022-one-form-action-helper.md).
import type { z } from "zod";

/** A form's fields as sent: text, or every value of a repeated name (checkbox groups). */
export type FormValues = Record<string, string | string[]>;
/** One message per field name; `form` is for the whole form. */
export type FieldErrors = Partial<Record<string, string>>;

export interface FormState<Data = undefined> {
  values: FormValues;
  errors: FieldErrors;
  /** Said once the action worked ("Saved."). */
  message?: string;
  /** What else the action hands back to show (an invitation link, import results). */
  data?: Data;
  /** How many times the action has answered: the form's key. */
  round: number;
}

export function initialFormState<Data = undefined>(values: FormValues = {}): FormState<Data> {
  return { values, errors: {}, round: 0 };
}

export interface FormFields {
  /** Read as text (trimmed by the schema, not here: what was typed goes back as typed). */
  text?: readonly string[];
  /** Read as every value given (`form.getAll`). */
  lists?: readonly string[];
  /** Never sent back (passwords): the field comes back empty. */
  secret?: readonly string[];
}

export function readForm(form: FormData, fields: FormFields): FormValues {
  const values: FormValues = {};
  for (const name of [...(fields.text ?? []), ...(fields.secret ?? [])]) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  for (const name of fields.lists ?? []) values[name] = form.getAll(name).filter((v): v is string => typeof v === "string");
  return values;
}

/** Leaves out what must never be echoed to the browser. */
function echoed(values: FormValues, fields: FormFields): FormValues {
  const copy = { ...values };
  for (const name of fields.secret ?? []) delete copy[name];
  return copy;
}

/**
 * zod's own messages ("Invalid input: expected number, received NaN") are for developers. Where a
 * schema gives no message of its own, this one stands in; the schema's own messages win.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return "Enter a whole number.";
      if (issue.expected === "number") return "Enter a number, in figures.";
      if (issue.expected === "date") return "Enter a date.";
      if (issue.input === undefined || issue.input === null) return "Fill in this field.";
      return "Check this field.";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Fill in this field." : `Write at least ${issue.minimum} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at least ${issue.minimum}.`;
      if (issue.origin === "date") return "Choose a later date.";
      return `At least ${issue.minimum}.`;
    case "too_big":
      if (issue.origin === "string") return `At most ${Number(issue.maximum).toLocaleString("en-US")} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `At most ${issue.maximum}.`;
      if (issue.origin === "date") return "Choose an earlier date.";
      return `At most ${issue.maximum}.`;
    case "invalid_value":
      return "Choose one of the options.";
    case "invalid_format":
      return issue.format === "email" ? "Enter an email address, like name@school.example." : "Check the format of this field.";
    case "not_multiple_of":
      return "Enter a whole number.";
    default:
      return "Check this field.";
  }
}

/** The first message for each field; an issue with no field (or an unknown one) is the form's. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], fieldNames?: Iterable<string>): FieldErrors {
  const known = fieldNames ? new Set(fieldNames) : null;
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const head = issue.path[0];
    const name = typeof head === "string" && (!known || known.has(head)) ? head : "form";
    errors[name] ??= issue.message;
  }
  return errors;
}

/** Parses with the schema, plain-language messages standing in for zod's defaults. */
export function parseFields<S extends z.ZodType>(schema: S, input: unknown, fieldNames?: Iterable<string>): { data: z.output<S> } | { errors: FieldErrors } {
  const parsed = schema.safeParse(input, { error: plainMessage });
  return parsed.success ? { data: parsed.data } : { errors: fieldErrors(parsed.error.issues, fieldNames) };
}

/** What a form action's body may answer: problems by field, or a message and data on success. */
export type FormOutcome<Data = undefined> = { errors: FieldErrors; values?: FormValues } | { message?: string; data?: Data; values?: FormValues };

export interface FormActionOptions<S extends z.ZodType, Data> {
  fields: FormFields;
  schema: S;
  /**
   * Work on the raw form before parsing (an uploaded file becomes the text field). It may fill
   * `values` in place; errors it returns are answered at once.
   */
  prepare?: (values: FormValues, form: FormData) => Promise<FieldErrors | void>;
  /** From the raw text to what the schema takes, when it takes numbers, booleans or nested data. */
  toInput?: (values: FormValues, form: FormData) => unknown;
  /**
   * Runs with the parsed input. It may redirect, answer with errors or a message, or nothing (a
   * plain success). Returning `values` replaces what the fields show (after a save, the saved text).
   */
  run: (input: z.output<S>, values: FormValues) => Promise<FormOutcome<Data> | void>;
}

/** Reads, parses once, runs: the body of every form action. Authenticate before calling it. */
/** ForbiddenError or NotFoundError, recognised by name so that a second copy of the class still counts. */
function isRefusal(error: unknown): error is Error {
  return error instanceof Error && (error.name === "ForbiddenError" || error.name === "NotFoundError");
}

export async function handleForm<S extends z.ZodType, Data = undefined>(previous: FormState<Data>, form: FormData, options: FormActionOptions<S, Data>): Promise<FormState<Data>> {
  const values = readForm(form, options.fields);
  // A replayed or hand-made request may send anything as the previous state.
  const round = typeof previous?.round === "number" && Number.isFinite(previous.round) ? previous.round + 1 : 1;
  const refused = await options.prepare?.(values, form);
  if (refused && Object.keys(refused).length) return { values: echoed(values, options.fields), errors: refused, round };
  const parsed = parseFields(options.schema, options.toInput ? options.toInput(values, form) : values);
  if ("errors" in parsed) return { values: echoed(values, options.fields), errors: parsed.errors, round };
  let outcome: Awaited<ReturnType<typeof options.run>>;
  try {
    outcome = await options.run(parsed.data, values);
  } catch (error) {
    // A use case that refuses the asker (a replayed admin form, a question deleted meanwhile) says
    // so beside the form: its messages are safe to show (../http/errors.ts), and a refusal is no
    // server error.
    if (isRefusal(error)) return { values: echoed(values, options.fields), errors: { form: error.message }, round };
    throw error;
  }
  outcome ??= {};
  const shown = echoed(outcome.values ?? values, options.fields);
  if ("errors" in outcome) return { values: shown, errors: outcome.errors, round };
  return { values: shown, errors: {}, message: outcome.message, data: outcome.data, round };
}
