// The quiz forms' number settings (time limit, attempts allowed) as the server actions read them
// when a request skips the browser's own checks: a form POST or a server-action call with "five"
// in the field. What is not a number in range is an error beside that field, naming it, with what
// was typed sent back and nothing saved; a blank still means "no limit".
//
// The actions are called themselves here (tests/integration/authorisation-actions.test.ts says
// why that file does not): Next's request scope is stood in for by mocking who is signed in, the
// zone cookie, and the redirect and revalidation that only exist inside a Next server.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/app/_server/auth/session";
import { getDb } from "@/prisma/client";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { initialFormState, type FormState } from "@/app/_server/forms/form-action";
import { createQuizAction } from "@/app/_server/teach/teach-actions";
import { updateQuizSettingsAction } from "@/app/_server/teach/quiz-manage-actions";
import { createTeacher } from "./factories";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));

vi.mock("@/app/_server/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/app/_server/auth/session")>()),
  requireTeacher: async () => {
    if (!signedIn.actor) throw new Error("no teacher signed in for this test");
    return signedIn.actor;
  },
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect to ${url}`), { redirectedTo: url });
  },
  notFound: () => {
    throw new Error("not found");
  },
}));

/** What the action answered, or where it redirected (a save). */
async function submit(action: (previous: FormState, form: FormData) => Promise<FormState>, fields: Record<string, string | string[]>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  try {
    return { state: await action(initialFormState(), form) };
  } catch (error) {
    const to = (error as { redirectedTo?: string }).redirectedTo;
    if (to) return { redirectedTo: to };
    throw error;
  }
}

async function teacherWithQuiz() {
  const teacher = await createTeacher();
  signedIn.actor = teacher;
  const questionIds = await createQuestions({
    actor: teacher,
    questions: [{ type: "true_false", prompt: "The council met on Tuesday?", answer: true, explanation: "The article says so." }],
  });
  const quiz = await createQuiz({ actor: teacher, input: { title: "Council week", questionIds, timeLimitMinutes: 20, attemptsAllowed: 3 } });
  return { teacher, questionIds, quizId: quiz.id };
}

const storedQuiz = (id: string) => getDb().quiz.findUniqueOrThrow({ where: { id }, select: { title: true, description: true, settings: true, visibility: true, openAt: true, closeAt: true } });

/** The settings form as the edit page fills it, with a new title (to see whether anything was saved). */
const settingsForm = (overrides: Record<string, string>) => ({
  title: "Council week, revised",
  description: "",
  timeLimitMinutes: "20",
  attemptsAllowed: "3",
  grading: "highest",
  review: "after_submit",
  visibility: "public",
  openAt: "",
  closeAt: "",
  ...overrides,
});

const BAD_NUMBERS = ["five", "-3", "0", "1e9", "12abc", "2.5", "601", "0x10", "9".repeat(400)];

describe("the quiz settings form, sent past the browser's checks", () => {
  beforeEach(() => {
    signedIn.actor = null;
  });

  it('answers a time limit of "five" with an error naming the field, keeps the text, and saves nothing', async () => {
    const { quizId } = await teacherWithQuiz();
    const before = await storedQuiz(quizId);
    const answer = await submit(updateQuizSettingsAction.bind(null, quizId), settingsForm({ timeLimitMinutes: "five" }));
    expect(answer.redirectedTo).toBeUndefined();
    expect(answer.state?.errors.timeLimitMinutes).toMatch(/time limit/i);
    expect(answer.state?.values.timeLimitMinutes).toBe("five");
    expect(answer.state?.values.title).toBe("Council week, revised");
    expect(await storedQuiz(quizId)).toEqual(before);
    expect(JSON.parse(before.settings)).toMatchObject({ timeLimitSeconds: 20 * 60, attemptsAllowed: 3 });
  });

  it("refuses every malformed or out-of-range time limit and attempts count the same way", async () => {
    const { quizId } = await teacherWithQuiz();
    const before = await storedQuiz(quizId);
    for (const bad of BAD_NUMBERS) {
      const limit = await submit(updateQuizSettingsAction.bind(null, quizId), settingsForm({ timeLimitMinutes: bad }));
      expect(limit.state?.errors.timeLimitMinutes, `time limit "${bad}"`).toMatch(/time limit/i);
      expect(limit.state?.values.timeLimitMinutes).toBe(bad);
      const attempts = await submit(updateQuizSettingsAction.bind(null, quizId), settingsForm({ attemptsAllowed: bad }));
      expect(attempts.state?.errors.attemptsAllowed, `attempts "${bad}"`).toMatch(/attempts/i);
      expect(attempts.state?.values.attemptsAllowed).toBe(bad);
    }
    expect(await storedQuiz(quizId)).toEqual(before);
  });

  it("still reads a blank time limit and attempts count as no limit, and plain figures as given", async () => {
    const { quizId } = await teacherWithQuiz();
    expect(await submit(updateQuizSettingsAction.bind(null, quizId), settingsForm({ timeLimitMinutes: " ", attemptsAllowed: "" }))).toEqual({ redirectedTo: `/teach/quizzes/${quizId}?saved=1` });
    expect(JSON.parse((await storedQuiz(quizId)).settings)).toMatchObject({ timeLimitSeconds: null, attemptsAllowed: null });
    await submit(updateQuizSettingsAction.bind(null, quizId), settingsForm({ timeLimitMinutes: "45", attemptsAllowed: "2" }));
    const after = await storedQuiz(quizId);
    expect(after.title).toBe("Council week, revised");
    expect(JSON.parse(after.settings)).toMatchObject({ timeLimitSeconds: 45 * 60, attemptsAllowed: 2 });
  });
});

describe("the new quiz form, sent past the browser's checks", () => {
  const quizCount = (ownerId: string) => getDb().quiz.count({ where: { ownerId } });
  const newQuizForm = (questionIds: string[], overrides: Record<string, string>) => ({
    title: "A second quiz",
    description: "",
    questionId: questionIds,
    timeLimitMinutes: "",
    attemptsAllowed: "",
    grading: "highest",
    review: "after_submit",
    pageLayout: "all",
    openAt: "",
    closeAt: "",
    drawFrom: "",
    drawCount: "",
    publish: "publish",
    ...overrides,
  });

  it('answers a time limit of "five" with an error naming the field, and makes no quiz', async () => {
    const { teacher, questionIds } = await teacherWithQuiz();
    const before = await quizCount(teacher.id);
    for (const bad of BAD_NUMBERS) {
      const answer = await submit(createQuizAction, newQuizForm(questionIds, { timeLimitMinutes: bad }));
      expect(answer.redirectedTo, `time limit "${bad}"`).toBeUndefined();
      expect(answer.state?.errors.timeLimitMinutes, `time limit "${bad}"`).toMatch(/time limit/i);
      expect(answer.state?.values.timeLimitMinutes).toBe(bad);
      expect(answer.state?.values.questionId).toEqual(questionIds);
      const attempts = await submit(createQuizAction, newQuizForm(questionIds, { attemptsAllowed: bad }));
      expect(attempts.state?.errors.attemptsAllowed, `attempts "${bad}"`).toMatch(/attempts/i);
    }
    expect(await quizCount(teacher.id)).toBe(before);
  });

  it("refuses a malformed number of questions to draw, and a number with nowhere to draw from", async () => {
    const { teacher, questionIds } = await teacherWithQuiz();
    const before = await quizCount(teacher.id);
    for (const bad of ["five", "-3", "0", "1e9", "2.5", "51"]) {
      const answer = await submit(createQuizAction, newQuizForm(questionIds, { drawFrom: "tag:council", drawCount: bad }));
      expect(answer.state?.errors.draws, `draw count "${bad}"`).toMatch(/draw/i);
      expect(answer.state?.values.drawCount).toBe(bad);
    }
    const nowhere = await submit(createQuizAction, newQuizForm(questionIds, { drawFrom: "", drawCount: "5" }));
    expect(nowhere.state?.errors.draws).toMatch(/draw/i);
    expect(await quizCount(teacher.id)).toBe(before);
  });

  it("makes an untimed quiz from a blank time limit", async () => {
    const { teacher, questionIds } = await teacherWithQuiz();
    const answer = await submit(createQuizAction, newQuizForm(questionIds, { title: "Untimed" }));
    expect(answer.redirectedTo).toMatch(/^\/teach\/quizzes\//);
    const quiz = await getDb().quiz.findFirstOrThrow({ where: { ownerId: teacher.id, title: "Untimed" }, select: { settings: true } });
    expect(JSON.parse(quiz.settings)).toMatchObject({ timeLimitSeconds: null, attemptsAllowed: null });
  });
});
