// Limits shared by the sign-up form, its server action and the auth configuration.
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 80;

export const ROLES = ["learner", "teacher", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const EMAIL_MAX_LENGTH = 254;
export const COMMON_PASSWORD_MESSAGE = "That password is one of the first that attackers try. Choose another.";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address.").max(EMAIL_MAX_LENGTH);

export const nameSchema = z.string().trim().min(1, "Enter your name.").max(NAME_MAX_LENGTH, `At most ${NAME_MAX_LENGTH} characters.`);

/** Spaces, invisible and control characters pad a password to length without making it harder to guess. */
const countedLength = (password: string) => password.replace(/[\s\p{Cc}\p{Cf}]/gu, "").length;

/**
 * A password someone is choosing: at sign-up, and at every other way of setting one (changing it,
 * resetting it), where auth-request-rules.ts applies this same schema.
 */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((p) => countedLength(p) >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters besides spaces.`)
  .refine((p) => !isCommonPassword(p), COMMON_PASSWORD_MESSAGE);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
});

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
