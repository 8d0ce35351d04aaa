import "server-only";
import { getDb } from "@/prisma/client";
import { gradeResponse } from "@/questions/grade";
import { responseSchema, type LearnerResponse } from "@/questions/schema";
import type { Actor } from "./session";
import { loadAttempt, type LoadedAttempt } from "./load-attempt";
import { NotFoundError, ForbiddenError } from "./errors";
import { describeAnswer } from "./answer-text";
import { DEADLINE_GRACE_MS } from "./submit-attempt";

export interface AnswerFeedback {
  fraction: number;
  correctAnswer: string;
  explanation: string;
  sourceSentence: string | null;
}

export class AnswerLockedError extends ForbiddenError {
  constructor() {
    super("This answer has been checked and can no longer be changed.");
    this.name = "AnswerLockedError";
  }
}

/** With immediate feedback, an answer is final once checked: otherwise learners could fish. */
export function feedbackDuring(attempt: Pick<LoadedAttempt, "quiz" | "preview">): boolean {
  return attempt.quiz.settings.review === "during";
}

export function feedbackFor(question: LoadedAttempt["questions"][number], fraction: number): AnswerFeedback {
  return {
    fraction,
    correctAnswer: describeAnswer(question.question),
    explanation: question.question.explanation,
    sourceSentence: question.question.source?.sentence ?? null,
  };
}

/**
 * Saves one answer as it is given, so a reload, a lost connection or a server restart resumes
 * the attempt. The server marks it now (the mark is never trusted from the browser) but tells
 * the learner only if the quiz gives feedback during the attempt.
 */
export async function saveAnswer({
  attemptId,
  questionId,
  actor,
  response,
  now = new Date(),
}: {
  attemptId: string;
  questionId: string;
  actor: Actor;
  /** The answer, or a reader that takes it from a form once the question's type is known. */
  response: { value: unknown } | { from: (question: { id: string; type: LoadedAttempt["questions"][number]["question"]["type"]; partCount: number }) => unknown };
  now?: Date;
}): Promise<{ saved: true; feedback?: AnswerFeedback }> {
  const attempt = await loadAttempt({ attemptId, actor });
  if (attempt.status !== "in_progress") throw new ForbiddenError("This attempt has been submitted.");
  if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS) throw new ForbiddenError("Time is up for this attempt.");
  const question = attempt.questions.find((q) => q.id === questionId);
  if (!question) throw new NotFoundError("Question");
  const during = feedbackDuring(attempt);
  if (during && attempt.responses.has(questionId)) throw new AnswerLockedError();

  const partCount = question.question.type === "matching" || question.question.type === "ordering" ? (question.question.answer as unknown[]).length : 0;
  const raw = "from" in response ? response.from({ id: question.id, type: question.question.type, partCount }) : response.value;
  const parsed = responseSchema.safeParse(raw);
  const value: LearnerResponse | undefined = parsed.success ? parsed.data : undefined;
  const fraction = value === undefined ? 0 : gradeResponse(question.question, value).fraction;
  const data = { questionVersion: question.version, response: JSON.stringify(value ?? null), fraction, points: fraction * question.points, answeredAt: now };
  // Conditional on the attempt still being open: a submit racing this save wins cleanly.
  await getDb().$transaction(async (tx) => {
    const open = await tx.attempt.count({ where: { id: attempt.id, status: "in_progress" } });
    if (!open) throw new ForbiddenError("This attempt has been submitted.");
    await tx.response.upsert({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId } },
      create: { attemptId: attempt.id, questionId, ...data },
      update: data,
    });
  });
  return during ? { saved: true, feedback: feedbackFor(question, fraction) } : { saved: true };
}
