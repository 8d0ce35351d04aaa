// The people and things the authorisation matrix asks about, made on the app server's database
// through the real sign-up endpoint and the real use cases (as the pages would make them).
import { randomBytes } from "node:crypto";
import type { Actor } from "@/app/_server/auth/session";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createArticle } from "@/app/_server/articles/create-article";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { createInvite } from "@/app/_server/auth/people";
import { controlLiveGame, createLiveGame } from "@/app/_server/live/live-games";
import { getDb } from "@/prisma/client";
import { TEACHER_ARTICLE } from "../../integration/factories";
import { signInAsGuestOverHttp, signUpOverHttp, type HttpAccount } from "./http-accounts";

export const ACTORS = ["anonymous", "guest", "learnerA", "learnerB", "teacherT1", "teacherT2", "admin"] as const;
export type ActorName = (typeof ACTORS)[number];

export interface World {
  /** null for anonymous: no cookie at all. */
  accounts: Record<ActorName, HttpAccount | null>;
  /** T1's hand-written, approved question, used in T1's quiz. */
  question: { id: string; prompt: string };
  /** T1's published quiz, assigned to T1's class. */
  quiz: { id: string; title: string };
  /** T1's quiz that is not published. */
  draftQuiz: { id: string; title: string };
  /** T2's published quiz (of T2's own question). */
  otherQuiz: { id: string; title: string };
  article: { id: string; title: string };
  cls: { id: string; name: string };
  /** Learner A's submitted attempt at `quiz`. */
  attempt: { id: string };
  importJob: { id: string; url: string };
  inviteToken: string;
  /** A live game of T1's quiz in its lobby (its PIN shows on the host's screen only). */
  liveGame: { id: string; pin: string };
  /** A live game of T1's quiz that has ended. */
  endedGame: { id: string };
}

/**
 * Use cases run in this process against the server's database, so point the one client at it
 * before anything opens a connection.
 */
export function useServerDatabase(databaseUrl: string): void {
  if ((globalThis as { newsquizDb?: unknown }).newsquizDb) throw new Error("the database client was opened before useServerDatabase");
  process.env.DATABASE_URL = databaseUrl;
}

const asActor = (a: HttpAccount, role: Actor["role"]): Actor => ({ id: a.id, name: a.name, email: a.email, role });

export async function buildWorld(baseUrl: string): Promise<World> {
  const tag = randomBytes(3).toString("hex");
  const [guest, learnerA, learnerB, teacherT1, teacherT2, admin] = await Promise.all([
    signInAsGuestOverHttp(baseUrl),
    signUpOverHttp(baseUrl, "Learner A"),
    signUpOverHttp(baseUrl, "Learner B"),
    signUpOverHttp(baseUrl, "Teacher T1"),
    signUpOverHttp(baseUrl, "Teacher T2"),
    signUpOverHttp(baseUrl, "Admin"),
  ]);
  const db = getDb();
  await db.user.updateMany({ where: { id: { in: [teacherT1.id, teacherT2.id] } }, data: { role: "teacher" } });
  await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
  const t1 = asActor(teacherT1, "teacher");
  const a = asActor(learnerA, "learner");

  // Titles are plain words and digits so that HTML escaping cannot hide them from a text search.
  const prompt = `Authz question ${tag} is true`;
  const [questionId] = await createQuestions({ actor: t1, questions: [{ type: "true_false", prompt, answer: true, explanation: "" }] });
  const articleTitle = `Authz article ${tag}`;
  const { articleId } = await createArticle({ actor: t1, input: { title: articleTitle, text: TEACHER_ARTICLE, source: "", publishedAt: "" } });
  const quizTitle = `Authz quiz ${tag}`;
  const quiz = await createQuiz({ actor: t1, input: { title: quizTitle, questionIds: [questionId!], publish: true } });
  const draftTitle = `Authz draft ${tag}`;
  const draft = await createQuiz({ actor: t1, input: { title: draftTitle, questionIds: [questionId!], publish: false } });
  const t2 = asActor(teacherT2, "teacher");
  const [t2QuestionId] = await createQuestions({ actor: t2, questions: [{ type: "true_false", prompt: `T2 question ${tag} is true`, answer: true, explanation: "" }] });
  const otherTitle = `Authz T2 quiz ${tag}`;
  const other = await createQuiz({ actor: t2, input: { title: otherTitle, questionIds: [t2QuestionId!], publish: true } });
  const className = `Authz class ${tag}`;
  const cls = await createClass({ actor: t1, name: className });
  await joinClass({ actor: a, code: cls.joinCode });
  await assignQuiz({ actor: t1, classId: cls.id, quizId: quiz.id });
  const attempt = await startAttempt({ quizId: quiz.id, actor: a });
  await submitAttempt({ attemptId: attempt.id, actor: a, responses: { [questionId!]: true } });
  // A finished import: a queued or running one would be resumed by opening its page.
  const feedUrl = `https://feeds.example.test/authz-${tag}.xml`;
  const job = await db.importJob.create({ data: { ownerId: t1.id, kind: "feed", url: feedUrl, status: "done" }, select: { id: true } });
  const { token } = await createInvite({ actor: asActor(admin, "admin") });
  // T1 runs the quiz live: one game waiting in its lobby, one over (whose event stream ends).
  const liveGame = await createLiveGame({ actor: t1, quizId: quiz.id });
  const endedGame = await createLiveGame({ actor: t1, quizId: quiz.id });
  await controlLiveGame({ actor: t1, gameId: endedGame.id, command: "end" });

  return {
    accounts: { anonymous: null, guest, learnerA, learnerB, teacherT1, teacherT2, admin },
    question: { id: questionId!, prompt },
    quiz: { id: quiz.id, title: quizTitle },
    draftQuiz: { id: draft.id, title: draftTitle },
    otherQuiz: { id: other.id, title: otherTitle },
    article: { id: articleId, title: articleTitle },
    cls: { id: cls.id, name: className },
    attempt: { id: attempt.id },
    importJob: { id: job.id, url: feedUrl },
    inviteToken: token,
    liveGame,
    endedGame: { id: endedGame.id },
  };
}
