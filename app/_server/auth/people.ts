import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/prisma/client";
import type { Actor } from "./session";
import { roleSchema, type Role } from "./account-rules";
import { ForbiddenError, NotFoundError } from "../http/errors";

export const INVITE_LIFETIME_DAYS = 7;

function assertAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw new ForbiddenError("Only admins can do that.");
}

export async function listPeople({ actor, query }: { actor: Actor; query?: string }) {
  assertAdmin(actor);
  const q = query?.trim().slice(0, 100);
  return getDb().user.findMany({
    where: q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {},
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

export class LastAdminError extends ForbiddenError {
  constructor() {
    super("Newsquiz needs at least one admin: make someone else an admin first.");
    this.name = "LastAdminError";
  }
}

/** Changes a role; the last admin cannot be demoted (by themselves or anyone). */
export async function changeRole({ actor, userId, role }: { actor: Actor; userId: string; role: Role }) {
  assertAdmin(actor);
  const next = roleSchema.parse(role);
  return getDb().$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new NotFoundError("User");
    if (target.role === "admin" && next !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new LastAdminError();
    }
    await tx.user.update({ where: { id: userId }, data: { role: next } });
    return { role: next };
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A single-use invitation link's token: returned once, stored only as a hash. */
export async function createInvite({ actor, role = "teacher", now = new Date() }: { actor: Actor; role?: Role; now?: Date }) {
  assertAdmin(actor);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 3600 * 1000);
  await getDb().invite.create({ data: { tokenHash: hashToken(token), role: roleSchema.parse(role), createdById: actor.id, expiresAt } });
  return { token, expiresAt };
}

/**
 * Uses an invitation: the signed-in user takes its role (never lowering an admin). The claim is a
 * conditional update, so two people racing for one link cannot both win.
 */
export async function acceptInvite({ actor, token, now = new Date() }: { actor: Actor; token: string; now?: Date }) {
  // A guest's account is thrown away when they sign up: the invitation would go with it.
  if (actor.isGuest) throw new ForbiddenError("Create an account before you accept the invitation.");
  const db = getDb();
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, role: true, expiresAt: true, usedAt: true } });
    if (!invite || invite.usedAt || invite.expiresAt <= now) throw new NotFoundError("Invitation");
    const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now, usedById: actor.id } });
    if (claimed.count === 0) throw new NotFoundError("Invitation");
    const role = roleSchema.parse(invite.role);
    if (actor.role !== "admin") await tx.user.update({ where: { id: actor.id }, data: { role } });
    return { role: actor.role === "admin" ? "admin" : role };
  });
}
