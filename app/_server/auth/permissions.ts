// Who may do what with teaching material. Checked inside every use case, not only in pages.
import type { Actor } from "./session";
import { ForbiddenError, NotFoundError } from "../http/errors";

export function assertTeacher(actor: Actor): void {
  if (actor.role !== "teacher" && actor.role !== "admin") throw new ForbiddenError("Only teachers can do that.");
}

/**
 * An article, question or quiz owned by `ownerId` is visible to its owner and to admins. Anyone
 * else is told it does not exist, so ids cannot be probed.
 */
export function assertOwner(actor: Actor, ownerId: string | null | undefined, what: string): void {
  assertTeacher(actor);
  if (actor.role === "admin") return;
  if (!ownerId || ownerId !== actor.id) throw new NotFoundError(what);
}

/** Prisma `where` fragment: rows the actor owns, or every row for an admin. */
export function ownedBy(actor: Actor, field: "createdById" | "authorId" | "ownerId") {
  return actor.role === "admin" ? {} : { [field]: actor.id };
}
