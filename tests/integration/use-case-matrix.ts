// Who may run which use case behind a server action, run against the real database as each kind
// of actor. Every use case named in ACTION_MATRIX (tests/support/action-matrix.ts) needs a row;
// docs/decisions/008-authorisation-matrix.md
import { randomBytes } from "node:crypto";
import type { Actor } from "@/app/_server/auth/session";
import { acceptInvite, changeRole, createInvite } from "@/app/_server/auth/people";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import { fetchArticle } from "@/app/_server/imports/fetch-article";
import { startFeedImport } from "@/app/_server/imports/import-feed";
import { startAttempt } from "@/app/_server/attempts/start-attempt";
import { loadAttempt } from "@/app/_server/attempts/load-attempt";
import { saveAnswer } from "@/app/_server/attempts/save-answer";
import { submitAttempt } from "@/app/_server/attempts/submit-attempt";
import { answerPractice, rateQuestion } from "@/app/_server/practice/practice-queue";
import { createArticle } from "@/app/_server/articles/create-article";
import { setQuestionStatus } from "@/app/_server/bank/set-question-status";
import { getQuestionForEditing } from "@/app/_server/bank/get-question-for-editing";
import { updateQuestion } from "@/app/_server/bank/update-question";
import { getQuestionToRegrade, regradeQuestion } from "@/app/_server/bank/regrade-question";
import { regenerateArticle } from "@/app/_server/articles/regenerate-article";
import { shareArticleWithWeeklyQuiz } from "@/app/_server/articles/share-article";
import { switchQuestionForm } from "@/app/_server/bank/switch-question-form";
import { draftMoreQuestions } from "@/app/_server/articles/draft-more-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { closeQuizNow, setQuizPublished, updateQuizSettings } from "@/app/_server/quizzes/manage-quiz";
import { setQuizQuestions } from "@/app/_server/quizzes/quiz-questions";
import { createQuestions, importGiftQuestions } from "@/app/_server/bank/create-questions";
import { controlLiveGame, createLiveGame, joinLiveGame, removeLivePlayer } from "@/app/_server/live/live-games";
import { getDb } from "@/prisma/client";
import { createAdmin, createGuest, createLearner, createTeacher, TEACHER_ARTICLE } from "./factories";

export const ACTORS = ["guest", "learnerA", "learnerB", "teacherT1", "teacherT2", "admin"] as const;
export type ActorName = (typeof ACTORS)[number];
export type Outcome = "ok" | "forbidden" | "notFound";

/** The people and things the use cases are tried on, made once per test file. */
export interface World {
  actors: Record<ActorName, Actor>;
  /** T1's hand-written, approved true/false question (answer: true). */
  questionId: string;
  /** T1's published quiz of that one question. */
  quizId: string;
  articleId: string;
  cls: { id: string; joinCode: string };
  /** Learner A's attempt at the quiz, still open. */
  openAttemptId: string;
  /** Learner A's review card for the question A got wrong in a submitted attempt. */
  reviewCardId: string;
  /** A page and a feed served on 127.0.0.1 (allowed through NEWSQUIZ_FETCH_ALLOW_HOSTS). */
  articleUrl: string;
  feedUrl: string;
}

export async function buildWorld(site: { articleUrl: string; feedUrl: string }): Promise<World> {
  const [guest, learnerA, learnerB, teacherT1, teacherT2, adminActor] = await Promise.all([
    createGuest(),
    createLearner("Learner A"),
    createLearner("Learner B"),
    createTeacher("Teacher T1"),
    createTeacher("Teacher T2"),
    createAdmin("Admin"),
  ]);
  const [questionId] = await ownQuestion(teacherT1);
  const quiz = await createQuiz({ actor: teacherT1, input: { title: "Authorisation quiz", questionIds: [questionId!], publish: true } });
  const { articleId } = await createArticle({ actor: teacherT1, input: { title: "Authorisation article", text: TEACHER_ARTICLE, source: "", publishedAt: "" } });
  const cls = await createClass({ actor: teacherT1, name: "Authorisation class" });
  // A wrong answer puts the question in A's review queue; then a second attempt stays open.
  const first = await startAttempt({ quizId: quiz.id, actor: learnerA });
  await submitAttempt({ attemptId: first.id, actor: learnerA, responses: { [questionId!]: false } });
  const card = await getDb().reviewCard.findFirstOrThrow({ where: { userId: learnerA.id, questionId }, select: { id: true } });
  const open = await startAttempt({ quizId: quiz.id, actor: learnerA });
  return {
    actors: { guest, learnerA, learnerB, teacherT1, teacherT2, admin: adminActor },
    questionId: questionId!,
    quizId: quiz.id,
    articleId,
    cls,
    openAttemptId: open.id,
    reviewCardId: card.id,
    ...site,
  };
}

function ownQuestion(teacher: Actor) {
  return createQuestions({ actor: teacher, questions: [{ type: "true_false", prompt: `Is Suva in Fiji? ${randomBytes(3).toString("hex")}`, answer: true, explanation: "" }] });
}

/** Someone new of the same kind, for use cases that change who the actor is (roles). */
async function newcomerLike(actor: Actor): Promise<Actor> {
  if (actor.isGuest) return createGuest();
  if (actor.role === "admin") return createAdmin();
  if (actor.role === "teacher") return createTeacher();
  return createLearner();
}

const o = (base: Outcome, overrides: Partial<Record<ActorName, Outcome>> = {}) =>
  Object.fromEntries(ACTORS.map((a) => [a, overrides[a] ?? base])) as Record<ActorName, Outcome>;

/** Teachers and admins; learners and guests are refused before anything is looked up. */
const TEACHERS = o("ok", { guest: "forbidden", learnerA: "forbidden", learnerB: "forbidden" });
/** T1's thing: T1 and admins; T2 is told it does not exist; learners are refused outright. */
const T1_OWNS = o("forbidden", { teacherT1: "ok", admin: "ok", teacherT2: "notFound" });
/** Learner A's attempt or card: nobody else, not even an admin or the quiz's teacher. */
const A_OWNS = o("notFound", { learnerA: "ok" });
const ADMINS = o("forbidden", { admin: "ok" });
/** A live game T1 hosts: only T1 runs it (not even an admin); learners are refused outright. */
const T1_HOSTS = o("forbidden", { teacherT1: "ok", teacherT2: "notFound", admin: "notFound" });
const t1Game = (w: World) => createLiveGame({ actor: w.actors.teacherT1, quizId: w.quizId });

export interface UseCaseCase {
  label: string;
  expect: Record<ActorName, Outcome>;
  run: (w: World, actor: Actor) => Promise<unknown>;
}

export const USE_CASE_MATRIX: Record<string, UseCaseCase[]> = {
  changeRole: [{ label: "make a learner a teacher", expect: ADMINS, run: async (_w, actor) => changeRole({ actor, userId: (await createLearner()).id, role: "teacher" }) }],
  createInvite: [{ label: "invite a teacher", expect: ADMINS, run: (_w, actor) => createInvite({ actor }) }],
  acceptInvite: [
    {
      // A guest holding the link must make an account first: a throwaway account would use it up.
      label: "accept a fresh invitation",
      expect: o("ok", { guest: "forbidden" }),
      run: async (w, actor) => {
        const { token } = await createInvite({ actor: w.actors.admin });
        return acceptInvite({ actor: await newcomerLike(actor), token });
      },
    },
  ],
  createClass: [{ label: "open a class", expect: TEACHERS, run: (_w, actor) => createClass({ actor, name: "Another class" }) }],
  joinClass: [{ label: "join T1's class", expect: o("ok", { guest: "forbidden" }), run: (w, actor) => joinClass({ actor, code: w.cls.joinCode }) }],
  assignQuiz: [
    { label: "T1's quiz to T1's class", expect: T1_OWNS, run: (w, actor) => assignQuiz({ actor, classId: w.cls.id, quizId: w.quizId }) },
    {
      label: "the actor's own quiz to T1's class",
      expect: o("forbidden", { teacherT1: "ok", admin: "ok", teacherT2: "notFound" }),
      run: async (w, actor) => {
        const ids = actor.role === "learner" ? [w.questionId] : await ownQuestion(actor);
        const own = actor.role === "learner" ? { id: w.quizId } : await createQuiz({ actor, input: { title: "Own quiz", questionIds: ids } });
        return assignQuiz({ actor, classId: w.cls.id, quizId: own.id });
      },
    },
  ],
  fetchArticle: [{ label: "add an article from the web", expect: TEACHERS, run: (w, actor) => fetchArticle({ actor, url: w.articleUrl }) }],
  startFeedImport: [
    {
      label: "import a feed",
      expect: TEACHERS,
      run: async (w, actor) => {
        const { finished } = await startFeedImport({ actor, url: w.feedUrl });
        await finished; // nothing left running when the test ends
      },
    },
  ],
  startAttempt: [
    // Guests may take only the demo quiz.
    { label: "take T1's published quiz (public: guests included)", expect: o("ok"), run: (w, actor) => startAttempt({ actor, quizId: w.quizId }) },
    { label: "preview T1's quiz", expect: T1_OWNS, run: (w, actor) => startAttempt({ actor, quizId: w.quizId, preview: true }) },
  ],
  loadAttempt: [{ label: "learner A's open attempt", expect: A_OWNS, run: (w, actor) => loadAttempt({ actor, attemptId: w.openAttemptId }) }],
  saveAnswer: [
    { label: "answer in learner A's attempt", expect: A_OWNS, run: (w, actor) => saveAnswer({ actor, attemptId: w.openAttemptId, questionId: w.questionId, response: { value: true } }) },
  ],
  submitAttempt: [
    {
      label: "submit a new attempt of learner A",
      expect: A_OWNS,
      run: async (w, actor) => {
        // Another quiz: starting this one again would hand back (and submit) the open attempt.
        const other = await createQuiz({ actor: w.actors.teacherT1, input: { title: "Second quiz", questionIds: [w.questionId] } });
        const attempt = await startAttempt({ actor: w.actors.learnerA, quizId: other.id });
        return submitAttempt({ actor, attemptId: attempt.id, responses: { [w.questionId]: true } });
      },
    },
  ],
  answerPractice: [{ label: "learner A's review card", expect: A_OWNS, run: (w, actor) => answerPractice({ actor, cardId: w.reviewCardId, response: { value: true } }) }],
  // Only questions the actor has met in a submitted attempt: otherwise a learner could queue a
  // draft question by id and read its answer in the review feedback.
  rateQuestion: [{ label: "T1's question, met only by learner A", expect: A_OWNS, run: (w, actor) => rateQuestion({ actor, questionId: w.questionId, rating: "hard" }) }],
  createArticle: [{ label: "paste an article", expect: TEACHERS, run: (_w, actor) => createArticle({ actor, input: { title: "Pasted", text: TEACHER_ARTICLE, source: "", publishedAt: "" } }) }],
  setQuestionStatus: [{ label: "approve T1's question", expect: T1_OWNS, run: (w, actor) => setQuestionStatus({ actor, questionIds: [w.questionId], status: "approved" }) }],
  getQuestionForEditing: [{ label: "T1's question", expect: T1_OWNS, run: (w, actor) => getQuestionForEditing({ actor, questionId: w.questionId }) }],
  updateQuestion: [
    {
      label: "edit a new question of T1",
      expect: T1_OWNS,
      run: async (w, actor) => {
        const [id] = await ownQuestion(w.actors.teacherT1);
        return updateQuestion({ actor, questionId: id!, expectedVersion: 1, question: { type: "true_false", prompt: "Is Suva the capital of Fiji?", answer: true, explanation: "" } });
      },
    },
  ],
  getQuestionToRegrade: [
    { label: "T1's question from T1's quiz", expect: T1_OWNS, run: (w, actor) => getQuestionToRegrade({ actor, quizId: w.quizId, questionId: w.questionId }) },
    {
      // The quiz in the address must be the actor's as well as the question: T1 and T2 alike are
      // told T2's quiz does not exist when it comes with T1's question.
      label: "T1's question from T2's quiz",
      expect: o("forbidden", { teacherT1: "notFound", teacherT2: "notFound", admin: "ok" }),
      run: async (w, actor) => {
        const [own] = await ownQuestion(w.actors.teacherT2);
        const other = await createQuiz({ actor: w.actors.teacherT2, input: { title: "T2's quiz", questionIds: [own!] } });
        return getQuestionToRegrade({ actor, quizId: other.id, questionId: w.questionId });
      },
    },
  ],
  regradeQuestion: [
    {
      label: "fix the key of a new question of T1",
      expect: T1_OWNS,
      run: async (w, actor) => {
        const [id] = await ownQuestion(w.actors.teacherT1);
        return regradeQuestion({ actor, questionId: id!, expectedVersion: 1, question: { type: "true_false", prompt: "Is Suva in Samoa?", answer: false, explanation: "" } });
      },
    },
  ],
  regenerateArticle: [{ label: "T1's article", expect: T1_OWNS, run: (w, actor) => regenerateArticle({ actor, articleId: w.articleId }) }],
  // Sharing shows the article's answers to every learner: only its teacher decides.
  shareArticleWithWeeklyQuiz: [
    { label: "share T1's article with the weekly quiz", expect: T1_OWNS, run: (w, actor) => shareArticleWithWeeklyQuiz({ actor, articleId: w.articleId, shared: true }) },
  ],
  switchQuestionForm: [
    {
      label: "another form for a new draft of T1",
      expect: T1_OWNS,
      run: async (w, actor) => {
        const { questionIds } = await createArticle({ actor: w.actors.teacherT1, input: { title: "Switching forms", text: TEACHER_ARTICLE, source: "", publishedAt: "" } });
        const draft = await getDb().question.findFirstOrThrow({ where: { id: { in: questionIds }, variants: { not: null } }, select: { id: true } });
        return switchQuestionForm({ actor, questionId: draft.id, expectedVersion: 1, variant: 0 });
      },
    },
  ],
  draftMoreQuestions: [{ label: "T1's article", expect: T1_OWNS, run: (w, actor) => draftMoreQuestions({ actor, articleId: w.articleId }) }],
  createQuiz: [
    // Admins may build from anyone's questions; T2 gets the same refusal as for a missing id.
    { label: "from T1's question", expect: o("forbidden", { teacherT1: "ok", admin: "ok" }), run: (w, actor) => createQuiz({ actor, input: { title: "Built", questionIds: [w.questionId] } }) },
  ],
  // Managing a quiz: a new quiz of T1 each time, so that the world's quiz stays open and published.
  updateQuizSettings: [
    {
      label: "make a new quiz of T1 learners-only",
      expect: T1_OWNS,
      run: async (w, actor) => {
        const quiz = await createQuiz({ actor: w.actors.teacherT1, input: { title: "To edit", questionIds: [w.questionId] } });
        return updateQuizSettings({ actor, quizId: quiz.id, input: { title: "Edited", grading: "highest", review: "after_submit", visibility: "learners" } });
      },
    },
  ],
  setQuizPublished: [
    {
      label: "unpublish a new quiz of T1",
      expect: T1_OWNS,
      run: async (w, actor) => setQuizPublished({ actor, quizId: (await createQuiz({ actor: w.actors.teacherT1, input: { title: "To unpublish", questionIds: [w.questionId] } })).id, published: false }),
    },
  ],
  closeQuizNow: [
    {
      label: "close a new quiz of T1",
      expect: T1_OWNS,
      run: async (w, actor) => closeQuizNow({ actor, quizId: (await createQuiz({ actor: w.actors.teacherT1, input: { title: "To close", questionIds: [w.questionId] } })).id }),
    },
  ],
  setQuizQuestions: [
    {
      label: "reorder a new quiz of T1 (same questions)",
      expect: T1_OWNS,
      run: async (w, actor) => setQuizQuestions({ actor, quizId: (await createQuiz({ actor: w.actors.teacherT1, input: { title: "To reorder", questionIds: [w.questionId] } })).id, input: { questionIds: [w.questionId] } }),
    },
  ],
  createQuestions: [
    { label: "write a question", expect: TEACHERS, run: (_w, actor) => createQuestions({ actor, questions: [{ type: "true_false", prompt: "Is Apia in Samoa?", answer: true, explanation: "" }] }) },
  ],
  importGiftQuestions: [{ label: "import GIFT", expect: TEACHERS, run: (_w, actor) => importGiftQuestions({ actor, text: "Apia is in Samoa. {T}\n" }) }],
  createLiveGame: [{ label: "run T1's quiz live", expect: T1_OWNS, run: (w, actor) => createLiveGame({ actor, quizId: w.quizId }) }],
  controlLiveGame: [{ label: "start T1's live game", expect: T1_HOSTS, run: async (w, actor) => controlLiveGame({ actor, gameId: (await t1Game(w)).id, command: "start" }) }],
  removeLivePlayer: [
    {
      label: "remove a player from T1's live game",
      expect: T1_HOSTS,
      run: async (w, actor) => {
        const game = await t1Game(w);
        const joined = await joinLiveGame({ actor: w.actors.learnerB, pin: game.pin, nickname: "Bee" });
        return removeLivePlayer({ actor, gameId: game.id, playerId: joined.playerId });
      },
    },
  ],
  // Anyone with the PIN plays, guests included: the game is the teacher's invitation.
  joinLiveGame: [{ label: "join T1's live game by its PIN", expect: o("ok"), run: async (w, actor) => joinLiveGame({ actor, pin: (await t1Game(w)).pin, nickname: "Player" }) }],
};
