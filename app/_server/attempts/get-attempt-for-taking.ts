import type { Actor } from "../auth/session";
import { loadAttempt, type LoadedAttempt } from "./load-attempt";
import { toLearnerQuestion, type LearnerQuestion } from "./learner-view";
import { responseSchema, type LearnerResponse } from "@/questions/schema";
import { feedbackDuring, feedbackFor, type AnswerFeedback } from "./save-answer";
import { attemptDeadline } from "./attempt-deadline";

export interface AttemptForTaking {
  id: string;
  status: string;
  /** A teacher trying their own quiz: counts nowhere. */
  preview: boolean;
  /** When the attempt stops taking answers: its time limit or its quiz's close date, whichever is first. */
  deadlineAt: Date | null;
  /** The server's clock when it read the attempt: the countdown's first render counts from it. */
  readAt: Date;
  quiz: { id: string; title: string };
  /** Feedback after each answer, answers locking once checked. */
  feedbackDuring: boolean;
  onePerScreen: boolean;
  questions: (LearnerQuestion & { saved?: LearnerResponse; feedback?: AnswerFeedback })[];
}

/**
 * The attempt as the learner may see it while answering: prompts, choices and their own saved
 * answers. No keys, except feedback on questions already checked (not drafts) when the quiz gives
 * feedback during the attempt.
 */
export async function getAttemptForTaking({ attemptId, actor, loaded, now = new Date() }: { attemptId: string; actor: Actor; loaded?: LoadedAttempt; now?: Date }): Promise<AttemptForTaking> {
  const attempt = loaded ?? (await loadAttempt({ attemptId, actor }));
  const during = feedbackDuring(attempt);
  return {
    id: attempt.id,
    status: attempt.status,
    preview: attempt.preview,
    deadlineAt: attemptDeadline(attempt, attempt.quiz.closeAt),
    readAt: now,
    quiz: { id: attempt.quiz.id, title: attempt.quiz.title },
    feedbackDuring: during,
    onePerScreen: attempt.quiz.settings.pageLayout === "one",
    questions: attempt.questions.map((q) => {
      const view = toLearnerQuestion(q.question, { id: q.id, position: q.position, points: q.points, seed: `${attempt.id}:${q.id}` }, attempt.quiz.settings);
      const stored = attempt.responses.get(q.id);
      if (!stored) return view;
      const parsed = responseSchema.safeParse(JSON.parse(stored.response));
      return {
        ...view,
        ...(parsed.success ? { saved: parsed.data } : {}),
        // A draft (saved, not checked) shows no feedback: the key waits for "Check answer".
        ...(during && !stored.draft ? { feedback: feedbackFor(q, stored.fraction, parsed.success ? parsed.data : undefined) } : {}),
      };
    }),
  };
}
