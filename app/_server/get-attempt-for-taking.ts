import "server-only";
import type { Actor } from "./session";
import { loadAttempt } from "./load-attempt";
import { toLearnerQuestion, type LearnerQuestion } from "./learner-view";

export interface AttemptForTaking {
  id: string;
  status: string;
  deadlineAt: Date | null;
  quiz: { id: string; title: string };
  questions: LearnerQuestion[];
}

/** The attempt as the learner may see it while answering: prompts and choices, no keys. */
export async function getAttemptForTaking({ attemptId, actor }: { attemptId: string; actor: Actor }): Promise<AttemptForTaking> {
  const attempt = await loadAttempt({ attemptId, actor });
  return {
    id: attempt.id,
    status: attempt.status,
    deadlineAt: attempt.deadlineAt,
    quiz: { id: attempt.quiz.id, title: attempt.quiz.title },
    questions: attempt.questions.map((q) =>
      toLearnerQuestion(q.question, { id: q.id, position: q.position, points: q.points, seed: `${attempt.id}:${q.id}` }, attempt.quiz.settings),
    ),
  };
}
