// Guests try the demo quiz without an account; signing up keeps their attempt.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { getAuth } from "@/app/_server/auth/auth";
import { getDb } from "@/prisma/client";
import { loadDemoContent } from "@/prisma/seed";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { listMyAttempts } from "@/app/_server/history/list-my-attempts";
import { joinClass } from "@/app/_server/classes/classes";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { ForbiddenError } from "@/app/_server/http/errors";
import type { Actor } from "@/app/_server/auth/session";
import { createTeacher } from "./factories";

async function guestSession(): Promise<{ actor: Actor; cookie: string }> {
  const response = await getAuth().api.signInAnonymous({ asResponse: true });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { user } = (await response.json()) as { user: { id: string } };
  return { actor: { id: user.id, name: "Guest", email: "", role: "learner", isGuest: true }, cookie };
}

describe("guests", () => {
  it("take the demo quiz, then keep the attempt when they sign up", async () => {
    const { quizId } = await loadDemoContent();
    const { actor, cookie } = await guestSession();
    const { id } = await startAttempt({ quizId, actor });
    await submitAttempt({ attemptId: id, actor, responses: {} });

    const email = `guest-${randomBytes(4).toString("hex")}@example.test`;
    const { user } = await getAuth().api.signUpEmail({ body: { name: "Former Guest", email, password: "a long enough passphrase" }, headers: new Headers({ cookie }) });
    const member: Actor = { id: user.id, name: user.name, email, role: "learner" };
    expect((await listMyAttempts({ actor: member })).map((a) => a.id)).toEqual([id]);
    expect(await getDb().user.findUnique({ where: { id: actor.id } })).toBeNull();
  });

  it("take a quiz open to everyone, guests included (decision 024)", async () => {
    const teacher = await createTeacher();
    const ids = await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Open to guests?", answer: true, explanation: "" }] });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Open to all", questionIds: ids, publish: true } });
    expect((await getDb().quiz.findUniqueOrThrow({ where: { id: quiz.id } })).visibility).toBe("public");
    const { actor } = await guestSession();
    const { id } = await startAttempt({ quizId: quiz.id, actor });
    await expect(submitAttempt({ attemptId: id, actor, responses: {} })).resolves.toBeTruthy();
  });

  it("cannot take quizzes for signed-in learners or join classes", async () => {
    const teacher = await createTeacher();
    const ids = await createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: "Members only?", answer: true, explanation: "" }] });
    const quiz = await createQuiz({ actor: teacher, input: { title: "Members only", questionIds: ids, publish: true } });
    await getDb().quiz.update({ where: { id: quiz.id }, data: { visibility: "learners" } });
    const { actor } = await guestSession();
    await expect(startAttempt({ quizId: quiz.id, actor })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(joinClass({ actor, code: "ABCDEFGH" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
