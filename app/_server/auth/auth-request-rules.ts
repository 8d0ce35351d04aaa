// What better-auth's endpoints accept, held to the same rules as our own forms. better-auth runs
// its `before` hook (auth.ts) for every endpoint, whether called over HTTP at /api/auth/* or as
// `auth.api.*` from our server actions, so these hold for every way in (issue 12, items 8 and 9):
//  - a password being chosen passes the sign-up form's rules (account-rules.ts), wherever it is
//    chosen: `password` at sign-up, `newPassword` at change-password, reset-password and the
//    server-only set-password (better-auth names every password being set `newPassword`). A
//    password only being checked (sign-in) is bounded but never judged: saying it is too weak
//    would tell whether the account exists;
//  - every field has a bound on the server: the name, emails, image, passwords, addresses to come
//    back to, and any other string; the body as a whole too.
import { APIError } from "better-auth/api";
import { z } from "zod";
import { EMAIL_MAX_LENGTH, nameSchema, newPasswordSchema, PASSWORD_MAX_LENGTH } from "./account-rules";

const URL_MAX_LENGTH = 2048;
/** Any string without a rule of its own (tokens, ids, provider names). */
export const OTHER_STRING_MAX_LENGTH = 1024;
/** better-auth's bodies are a handful of short fields. */
export const AUTH_BODY_MAX_CHARACTERS = 16 * 1024;

const email = z.string().max(EMAIL_MAX_LENGTH, `At most ${EMAIL_MAX_LENGTH} characters.`);
const password = z.string().max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters.`);
const address = z.string().max(URL_MAX_LENGTH, `At most ${URL_MAX_LENGTH} characters.`);

/** Fields with a rule of their own, on whichever endpoint they appear. */
const fieldRules = z.object({
  name: nameSchema.optional(),
  email: email.optional(),
  newEmail: email.optional(),
  // Nothing of ours shows a user's image; if one is set, it is a web address and nothing else.
  image: z.union([z.null(), z.url({ protocol: /^https?$/, message: "Not a web address." }).max(URL_MAX_LENGTH)]).optional(),
  password: password.optional(),
  currentPassword: password.optional(),
  newPassword: newPasswordSchema.optional(),
  callbackURL: address.optional(),
  errorCallbackURL: address.optional(),
  newUserCallbackURL: address.optional(),
  redirectTo: address.optional(),
});

/** At sign-up, `password` is the password being chosen. */
const signUpRules = fieldRules.extend({ password: newPasswordSchema.optional() });

/** Deeper than this, a body is no request of ours (and walking it could exhaust the stack). */
const MAX_DEPTH = 8;

type BodyProblem = { tooLarge: true } | { tooDeep: true } | { overlong: string };

/**
 * What is wrong with a body beyond its own fields' rules, walked without recursion and stopped
 * as soon as something is: over AUTH_BODY_MAX_CHARACTERS in all (strings and keys), nested
 * deeper than MAX_DEPTH, or a string over OTHER_STRING_MAX_LENGTH outside the fields in `ruled`.
 */
function bodyProblem(body: Record<string, unknown>, ruled: Set<string>): BodyProblem | null {
  let size = 0;
  const stack: { value: unknown; at: string; depth: number }[] = [{ value: body, at: "", depth: 0 }];
  while (stack.length > 0) {
    const { value, at, depth } = stack.pop()!;
    if (typeof value === "string") {
      size += value.length;
      if (value.length > OTHER_STRING_MAX_LENGTH && !ruled.has(at)) return { overlong: at };
    } else if (typeof value === "object" && value !== null) {
      if (depth >= MAX_DEPTH) return { tooDeep: true };
      for (const [key, item] of Object.entries(value)) {
        size += key.length;
        stack.push({ value: item, at: at ? `${at}.${key}` : key, depth: depth + 1 });
      }
    } else {
      size += 8;
    }
    if (size > AUTH_BODY_MAX_CHARACTERS) return { tooLarge: true };
  }
  return null;
}

const invalid = (message: string) => new APIError("BAD_REQUEST", { message, code: "INVALID_FIELD" });

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks a request to one of better-auth's endpoints. Throws a 400 (or 413) APIError naming the
 * field and the rule; otherwise returns what the hook hands back to better-auth: the body with
 * the name trimmed, as the forms store it.
 */
export function checkAuthRequest(path: string | undefined, body: unknown): { context: { body: Record<string, unknown> } } | undefined {
  // Not an object (or none): better-auth's own schemas refuse it as it is.
  if (!isPlainObject(body)) return undefined;
  const parsed = (path === "/sign-up/email" ? signUpRules : fieldRules).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".");
    // A password's message is the form's own; other fields say which they are.
    throw invalid(field === "password" || field === "newPassword" ? issue.message : `${field}: ${issue.message}`);
  }
  const problem = bodyProblem(body, new Set(Object.keys(fieldRules.shape)));
  if (problem && "overlong" in problem) throw invalid(`${problem.overlong}: at most ${OTHER_STRING_MAX_LENGTH} characters.`);
  if (problem && "tooDeep" in problem) throw invalid("The body is nested too deeply.");
  // Many fields, each within its bound: still no request of ours.
  if (problem) throw new APIError("PAYLOAD_TOO_LARGE", { message: `The body is over ${AUTH_BODY_MAX_CHARACTERS / 1024} KB.` });
  return parsed.data.name === undefined ? undefined : { context: { body: { ...body, name: parsed.data.name } } };
}
