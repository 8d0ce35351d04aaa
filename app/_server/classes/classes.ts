import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/prisma/client";
import type { Actor } from "../auth/session";
import { assertOwner, assertTeacher, ownedBy } from "../auth/permissions";
import { ForbiddenError, NotFoundError } from "../http/errors";

// No 0/O, 1/I/L: codes are read aloud and copied from a board.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export const classNameSchema = z.string().trim().min(1, "Give the class a name.").max(100, "At most 100 characters.");
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ""))
  .pipe(z.string().length(JOIN_CODE_LENGTH, `A class code has ${JOIN_CODE_LENGTH} letters and digits.`));

function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

export async function createClass({ actor, name }: { actor: Actor; name: string }) {
  assertTeacher(actor);
  const data = { name: classNameSchema.parse(name), ownerId: actor.id };
  // 31^8 codes: a clash is rare, but retry rather than fail a teacher on one.
  for (let attempt = 0; ; attempt++) {
    try {
      return await getDb().classroom.create({ data: { ...data, joinCode: newJoinCode() }, select: { id: true, joinCode: true } });
    } catch (error) {
      if (attempt >= 4 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

/**
 * Anyone signed in joins with the code; joining twice is harmless, and the answer says so
 * (`alreadyMember`), so the page need not congratulate a learner on a class they were in.
 */
export async function joinClass({ actor, code }: { actor: Actor; code: string }) {
  if (actor.isGuest) throw new ForbiddenError("Create an account to join a class.");
  const joinCode = joinCodeSchema.parse(code);
  const db = getDb();
  const found = await db.classroom.findUnique({ where: { joinCode }, select: { id: true, name: true } });
  if (!found) throw new NotFoundError("Class");
  const before = await db.classMember.findUnique({ where: { classId_userId: { classId: found.id, userId: actor.id } }, select: { joinedAt: true } });
  if (!before) {
    // Two tabs joining at once: the second insert meets the first's row and changes nothing.
    await db.classMember.upsert({
      where: { classId_userId: { classId: found.id, userId: actor.id } },
      create: { classId: found.id, userId: actor.id },
      update: {},
    });
  }
  return { ...found, alreadyMember: before !== null };
}

export async function listTeacherClasses({ actor }: { actor: Actor }) {
  assertTeacher(actor);
  const classes = await getDb().classroom.findMany({
    where: ownedBy(actor, "ownerId"),
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { members: true, assignments: true } } },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, memberCount: _count.members, quizCount: _count.assignments }));
}

/** A class with its members and assigned quizzes, for its teacher (or an admin). */
export async function getClassForTeacher({ actor, classId }: { actor: Actor; classId: string }) {
  const found = await getDb().classroom.findUnique({
    where: { id: classId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      ownerId: true,
      members: { orderBy: { joinedAt: "asc" }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: { orderBy: { assignedAt: "desc" }, select: { assignedAt: true, quiz: { select: { id: true, title: true, status: true } } } },
    },
  });
  if (!found) throw new NotFoundError("Class");
  assertOwner(actor, found.ownerId, "Class");
  const { ownerId: _owner, ...rest } = found;
  void _owner;
  return rest;
}

export async function assignQuiz({ actor, classId, quizId }: { actor: Actor; classId: string; quizId: string }) {
  const db = getDb();
  const [cls, quiz] = await Promise.all([
    db.classroom.findUnique({ where: { id: classId }, select: { ownerId: true } }),
    db.quiz.findUnique({ where: { id: quizId }, select: { ownerId: true } }),
  ]);
  if (!cls) throw new NotFoundError("Class");
  assertOwner(actor, cls.ownerId, "Class");
  if (!quiz) throw new NotFoundError("Quiz");
  assertOwner(actor, quiz.ownerId, "Quiz");
  await db.quizAssignment.upsert({ where: { quizId_classId: { quizId, classId } }, create: { quizId, classId }, update: {} });
}

/** The learner's classes and the published quizzes assigned to them. */
export async function listMyClasses({ actor }: { actor: Actor }) {
  const memberships = await getDb().classMember.findMany({
    where: { userId: actor.id },
    orderBy: { joinedAt: "desc" },
    select: {
      class: {
        select: {
          id: true,
          name: true,
          owner: { select: { name: true } },
          assignments: {
            where: { quiz: { status: "published" } },
            orderBy: { assignedAt: "desc" },
            select: { quiz: { select: { id: true, title: true } } },
          },
        },
      },
    },
  });
  return memberships.map(({ class: c }) => ({ id: c.id, name: c.name, teacher: c.owner.name, quizzes: c.assignments.map((a) => a.quiz) }));
}
