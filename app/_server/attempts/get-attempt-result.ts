import { responseSchema } from "@/questions/schema";
import { feedbackForResponse } from "@/questions/grade";
import type { Actor } from "../auth/session";
import { loadAttempt, type LoadedAttempt } from "./load-attempt";
import { describeAnswer, describeResponse } from "./answer-text";
import { getDb } from "@/prisma/client";
import { parseSnapshot } from "../bank/question-history";
import type { Question } from "@/questions/schema";
import { answersReleased, attemptDeadline } from "./attempt-deadline";

export interface QuestionResult {
  id: string;
  position: number;
  prompt: string;
  points: number;
  /** Null while the quiz keeps answers back: a mark per question would give true/false keys away. */
  earned: number | null;
  fraction: number | null;
  yourAnswer: string;
  correctAnswer: string | null;
  explanation: string;
  /** The feedback written for the learner's own answer; empty while the quiz keeps answers back. */
  forYourAnswer: string[];
  sourceSentence: string | null;
  article: { id: string; title: string; source: string | null } | null;
}

export interface AttemptResult {
  id: string;
  /** False when the quiz keeps answers back (score only, or until it closes). */
  answersShown: boolean;
  preview: boolean;
  quiz: { id: string; title: string };
  score: number;
  maxScore: number;
  startedAt: Date;
  submittedAt: Date;
  /** Closed by its deadline (time limit or close date): the timer or the server submitted it, not the learner. */
  endedByTime: boolean;
  questions: QuestionResult[];
}

/**
 * The marked attempt with answers and explanations. Only for the attempt's owner and only after
 * submission: before that, this is where answer keys would leak, so it reports "not submitted".
 */
export async function getAttemptResult({
  attemptId,
  actor,
  now = new Date(),
  loaded,
}: {
  attemptId: string;
  actor: Actor;
  now?: Date;
  /** The attempt, if the caller has just loaded it for this actor (saves loading it again). */
  loaded?: LoadedAttempt;
}): Promise<AttemptResult | { notSubmitted: true }> {
  const attempt = loaded ?? (await loadAttempt({ attemptId, actor }));
  if (attempt.status !== "submitted" || !attempt.submittedAt) return { notSubmitted: true };
  const seen = await versionsSeen(attempt);
  const { review } = attempt.quiz.settings;
  // A teacher's preview always shows everything; learners see what the quiz's review setting allows.
  // "After close" means once no attempt at the quiz can change any more: an attempt still open at
  // the close date takes no answer after it (attempt-deadline.ts), so from then on (with the grace
  // for answers in flight) a classmate's key cannot help anyone.
  const answersShown = attempt.preview || review === "after_submit" || review === "during" || (review === "after_close" && answersReleased(attempt.quiz.closeAt, now));
  return {
    id: attempt.id,
    answersShown,
    preview: attempt.preview,
    quiz: { id: attempt.quiz.id, title: attempt.quiz.title },
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    endedByTime: endedByTime(attempt.submittedAt, attemptDeadline(attempt, attempt.quiz.closeAt)),
    questions: attempt.questions.map((current) => {
      const q = { ...current, question: seen.get(current.id) ?? current.question };
      const stored = attempt.responses.get(q.id);
      const parsed = stored ? responseSchema.safeParse(JSON.parse(stored.response)) : undefined;
      return {
        id: q.id,
        position: q.position,
        prompt: q.question.prompt,
        points: q.points,
        earned: answersShown ? (stored?.points ?? 0) : null,
        fraction: answersShown ? (stored?.fraction ?? 0) : null,
        yourAnswer: describeResponse(q.question, parsed?.success ? parsed.data : undefined),
        correctAnswer: answersShown ? describeAnswer(q.question) : null,
        forYourAnswer: answersShown ? feedbackForResponse(q.question, parsed?.success ? parsed.data : undefined) : [],
        explanation: answersShown ? withoutQuotedSource(q.question.explanation, q.question.source?.sentence) : "",
        sourceSentence: answersShown ? (q.question.source?.sentence ?? null) : null,
        article: q.article,
      };
    }),
  };
}

/**
 * A late submission is stamped with the deadline itself (submit-attempt.ts); one sent by the
 * countdown at zero arrives just after it. A learner's own submit comes before it.
 */
function endedByTime(submittedAt: Date, deadline: Date | null): boolean {
  return deadline !== null && submittedAt.getTime() >= deadline.getTime();
}

/** The page quotes the source sentence under the explanation; don't print it twice. */
function withoutQuotedSource(explanation: string, sentence: string | undefined): string {
  if (!sentence) return explanation;
  const quoted = `The article says: "${sentence}"`;
  return explanation.endsWith(quoted) ? explanation.slice(0, -quoted.length).trim() : explanation;
}

/**
 * Questions edited since this attempt was marked are shown as the learner saw them: one query
 * for all the older versions the attempt needs.
 */
async function versionsSeen(attempt: Awaited<ReturnType<typeof loadAttempt>>): Promise<Map<string, Question>> {
  const wanted = attempt.questions.flatMap((q) => {
    const answered = attempt.responses.get(q.id)?.questionVersion;
    return answered !== undefined && answered < q.version ? [{ questionId: q.id, version: answered }] : [];
  });
  if (!wanted.length) return new Map();
  const rows = await getDb().questionVersion.findMany({ where: { OR: wanted }, select: { questionId: true, data: true } });
  const out = new Map<string, Question>();
  for (const r of rows) {
    const question = parseSnapshot(r.data);
    if (question) out.set(r.questionId, question);
  }
  return out;
}
