"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { requireUser } from "./session";
import { ROLES, roleSchema } from "./account-rules";
import { acceptInvite, changeRole, createInvite, LastAdminError } from "./people";
import { ForbiddenError, NotFoundError } from "../http/errors";
import { handleForm, type FormState } from "../forms/form-action";
import { readerTime } from "../time/reader-time";

const roleFormSchema = z.object({ role: z.enum(ROLES, { error: "Choose learner, teacher or admin." }) });

export async function changeRoleAction(userId: string, previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser("/admin/people");
  return handleForm(previous, form, {
    fields: { text: ["role"] },
    schema: roleFormSchema,
    async run({ role }) {
      try {
        await changeRole({ actor, userId, role });
      } catch (error) {
        if (error instanceof LastAdminError) return { errors: { role: error.message } };
        throw error;
      }
      revalidatePath("/admin/people");
      return { message: "Saved." };
    },
  });
}

export interface Invitation {
  link: string;
  /** ISO 8601, for <time dateTime>. */
  expiresAt: string;
  /** The same instant in the admin's zone, formatted here so the page never formats in the browser (decision 025). */
  expiresText: string;
}

export async function createInviteAction(previous: FormState<Invitation>, form: FormData): Promise<FormState<Invitation>> {
  const actor = await requireUser("/admin/people");
  return handleForm(previous, form, {
    fields: { text: ["role"] },
    schema: z.object({ role: roleSchema.catch("teacher") }),
    async run({ role }) {
      const { token, expiresAt } = await createInvite({ actor, role });
      const h = await headers();
      const origin = process.env.BETTER_AUTH_URL || `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
      const local = await readerTime();
      return { data: { link: `${origin}/invite/${token}`, expiresAt: expiresAt.toISOString(), expiresText: local.dateTime(expiresAt) } };
    },
  });
}

export async function acceptInviteAction(token: string): Promise<void> {
  const actor = await requireUser(`/invite/${token}`);
  try {
    await acceptInvite({ actor, token });
  } catch (error) {
    if (error instanceof NotFoundError) redirect(`/invite/${token}?invalid=1`);
    if (error instanceof ForbiddenError) redirect(`/sign-up?next=${encodeURIComponent(`/invite/${token}`)}`);
    throw error;
  }
  redirect("/teach");
}
