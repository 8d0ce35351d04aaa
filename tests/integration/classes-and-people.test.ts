// Classes, roles and invitations over a real database, with the authorisation edges.
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { assignQuiz, createClass, getClassForTeacher, joinClass, listMyClasses, listTeacherClasses } from "@/app/_server/classes/classes";
import { acceptInvite, changeRole, createInvite, LastAdminError, listPeople } from "@/app/_server/auth/people";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { getDb } from "@/prisma/client";
import { createAdmin, createGuest, createLearner, createTeacher } from "./factories";

async function quizOf(teacher: Awaited<ReturnType<typeof createTeacher>>, title = "Class quiz") {
  const ids = await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Is Suva in Fiji?", answer: true, explanation: "" }] });
  return createQuiz({ actor: teacher, input: { title, questionIds: ids } });
}

describe("classes", () => {
  it("a learner joins with the code (any case, spaces, twice) and sees assigned quizzes", async () => {
    const teacher = await createTeacher();
    const learner = await createLearner();
    const cls = await createClass({ actor: teacher, name: "Year 10 news" });
    expect(cls.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const quiz = await quizOf(teacher);
    await assignQuiz({ actor: teacher, classId: cls.id, quizId: quiz.id });

    const spaced = `${cls.joinCode.slice(0, 4).toLowerCase()} ${cls.joinCode.slice(4)}`;
    expect(await joinClass({ actor: learner, code: spaced })).toMatchObject({ id: cls.id, name: "Year 10 news" });
    await joinClass({ actor: learner, code: cls.joinCode });
    expect(await listMyClasses({ actor: learner })).toEqual([{ id: cls.id, name: "Year 10 news", teacher: teacher.name, quizzes: [{ id: quiz.id, title: "Class quiz" }] }]);
    const view = await getClassForTeacher({ actor: teacher, classId: cls.id });
    expect(view.members.map((m) => m.user.id)).toEqual([learner.id]);
    expect((await listTeacherClasses({ actor: teacher }))[0]).toMatchObject({ memberCount: 1, quizCount: 1 });
  });

  it("refuses unknown and malformed codes clearly", async () => {
    const learner = await createLearner();
    await expect(joinClass({ actor: learner, code: "ZZZZZZZZ" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(joinClass({ actor: learner, code: "short" })).rejects.toBeInstanceOf(ZodError);
  });

  it("keeps teachers to their own classes and quizzes", async () => {
    const owner = await createTeacher();
    const other = await createTeacher();
    const cls = await createClass({ actor: owner, name: "Mine" });
    const theirQuiz = await quizOf(other, "Theirs");
    await expect(getClassForTeacher({ actor: other, classId: cls.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignQuiz({ actor: other, classId: cls.id, quizId: theirQuiz.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignQuiz({ actor: owner, classId: cls.id, quizId: theirQuiz.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listTeacherClasses({ actor: other })).map((c) => c.id)).not.toContain(cls.id);
    await expect(createClass({ actor: await createLearner(), name: "Sneaky" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("people and roles", () => {
  it("admins change roles; others cannot", async () => {
    const admin = await createAdmin();
    const learner = await createLearner();
    expect(await changeRole({ actor: admin, userId: learner.id, role: "teacher" })).toEqual({ role: "teacher" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("teacher");
    const teacher = await createTeacher();
    await expect(changeRole({ actor: teacher, userId: teacher.id, role: "admin" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listPeople({ actor: teacher })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listPeople({ actor: admin, query: learner.email })).people.map((p) => p.id)).toEqual([learner.id]);
  });

  it("never leaves Newsquiz without an admin", async () => {
    await getDb().user.updateMany({ where: { role: "admin" }, data: { role: "learner" } });
    const only = await createAdmin();
    await expect(changeRole({ actor: only, userId: only.id, role: "learner" })).rejects.toBeInstanceOf(LastAdminError);
    const second = await createAdmin();
    expect(await changeRole({ actor: only, userId: only.id, role: "teacher" })).toEqual({ role: "teacher" });
    await expect(changeRole({ actor: second, userId: second.id, role: "learner" })).rejects.toBeInstanceOf(LastAdminError);
  });

  it("an invitation makes a teacher once, and only once", async () => {
    const admin = await createAdmin();
    const { token } = await createInvite({ actor: admin });
    expect(await getDb().invite.count({ where: { tokenHash: token } })).toBe(0); // stored hashed
    const first = await createLearner();
    const second = await createLearner();
    const outcomes = await Promise.allSettled([acceptInvite({ actor: first, token }), acceptInvite({ actor: second, token })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const roles = await getDb().user.findMany({ where: { id: { in: [first.id, second.id] } }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["learner", "teacher"]);
    await expect(acceptInvite({ actor: await createLearner(), token: "made-up-token" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a guest cannot use up an invitation: it is still there for the account they make", async () => {
    const { token } = await createInvite({ actor: await createAdmin() });
    await expect(acceptInvite({ actor: await createGuest(), token })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await acceptInvite({ actor: await createLearner(), token })).toEqual({ role: "teacher" });
  });

  it("expired invitations do nothing", async () => {
    const admin = await createAdmin();
    const { token } = await createInvite({ actor: admin, now: new Date("2020-01-01") });
    const learner = await createLearner();
    await expect(acceptInvite({ actor: learner, token })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createInvite({ actor: learner })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
