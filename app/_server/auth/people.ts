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

/** Guests' throwaway accounts (better-auth's anonymous users); `isAnonymous` may be null on old rows. */
const NOT_GUEST = { OR: [{ isAnonymous: false }, { isAnonymous: null }] };

/**
 * People, newest first. Guests are left out unless asked for: every visitor who tries a quiz
 * becomes one, and they would bury the accounts an admin is looking for. `guestsHidden` says how
 * many were left out, so the page can offer them.
 */
export async function listPeople({ actor, query, guests = false }: { actor: Actor; query?: string; guests?: boolean }) {
  assertAdmin(actor);
  const q = query?.trim().slice(0, 100);
  const matching = q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] } : {};
  const db = getDb();
  const [people, guestsHidden] = await Promise.all([
    db.user.findMany({
      where: guests ? matching : { AND: [matching, NOT_GUEST] },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, name: true, email: true, role: true, createdAt: true, isAnonymous: true },
    }),
    guests ? 0 : db.user.count({ where: { AND: [matching, { isAnonymous: true }] } }),
  ]);
  return { people: people.map(({ isAnonymous, ...p }) => ({ ...p, isGuest: isAnonymous === true })), guestsHidden };
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

export type InvitationStatus =
  | { state: "open"; expiresAt: Date }
  | { state: "used"; byYou: boolean }
  | { state: "expired"; expiresAt: Date }
  | { state: "unknown" };

/**
 * What the invitation page may say about a link: whoever holds the token may learn whether it is
 * still open and until when (the token is the credential; nothing else about the invitation is
 * told), and the person who used it that they did. Without this the page offered "Accept" for a
 * used link and only said no after the click.
 */
export async function getInvitationStatus({ token, viewerId, now = new Date() }: { token: string; viewerId?: string; now?: Date }): Promise<InvitationStatus> {
  if (token.length > 100) return { state: "unknown" };
  const invite = await getDb().invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true, usedAt: true, usedById: true } });
  if (!invite) return { state: "unknown" };
  if (invite.usedAt) return { state: "used", byYou: viewerId !== undefined && invite.usedById === viewerId };
  if (invite.expiresAt <= now) return { state: "expired", expiresAt: invite.expiresAt };
  return { state: "open", expiresAt: invite.expiresAt };
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
