// Every server action: the guard it must await before anything else, and the use cases it hands
// the actor to. Both are checked against the source (tests/integration/authorisation-actions.test.ts);
// the use cases are run as every actor in tests/integration/use-case-matrix.ts, and the guards are
// tried over HTTP against the build in tests/e2e/authorisation-matrix.test.ts.
// A new action, or a new use case in an action, fails the suite until it has a row here.
// docs/decisions/008-authorisation-matrix.md

export type Guard = "requireUser" | "requireTeacher";
export interface ActionRow {
  file: string;
  /** What the action must await before anything else; "none" needs a reason. */
  guard: Guard | { none: string };
  useCases: string[];
}

const admin = "app/_server/auth/admin-actions.ts";
const auth = "app/_server/auth/auth-actions.ts";
const classes = "app/_server/classes/class-actions.ts";
const drafts = "app/_server/articles/draft-actions.ts";
const imports = "app/_server/imports/import-actions.ts";
const quiz = "app/_server/attempts/quiz-actions.ts";
const practice = "app/_server/practice/practice-actions.ts";
const teach = "app/_server/teach/teach-actions.ts";
const manage = "app/_server/teach/quiz-manage-actions.ts";
const live = "app/_server/live/live-actions.ts";
const SIGN_IN_FORM = { none: "signs people in or up: better-auth checks the password and throttles tries" };

export const ACTION_MATRIX: Record<string, ActionRow> = {
  // Admin actions: any signed-in user reaches the use case, which refuses everyone but admins.
  changeRoleAction: { file: admin, guard: "requireUser", useCases: ["changeRole"] },
  createInviteAction: { file: admin, guard: "requireUser", useCases: ["createInvite"] },
  acceptInviteAction: { file: admin, guard: "requireUser", useCases: ["acceptInvite"] },
  signUpAction: { file: auth, guard: SIGN_IN_FORM, useCases: [] },
  signInAction: { file: auth, guard: SIGN_IN_FORM, useCases: [] },
  signOutAction: { file: auth, guard: { none: "ends the caller's own session, if any" }, useCases: [] },
  createClassAction: { file: classes, guard: "requireTeacher", useCases: ["createClass"] },
  joinClassAction: { file: classes, guard: "requireUser", useCases: ["joinClass"] },
  assignQuizAction: { file: classes, guard: "requireTeacher", useCases: ["assignQuiz"] },
  switchQuestionFormAction: { file: drafts, guard: "requireTeacher", useCases: ["switchQuestionForm"] },
  bulkSetQuestionStatusAction: { file: drafts, guard: "requireTeacher", useCases: ["setQuestionStatus"] },
  draftMoreQuestionsAction: { file: drafts, guard: "requireTeacher", useCases: ["draftMoreQuestions"] },
  fetchArticleAction: { file: imports, guard: "requireTeacher", useCases: ["fetchArticle"] },
  startFeedImportAction: { file: imports, guard: "requireTeacher", useCases: ["startFeedImport"] },
  startQuizAction: { file: quiz, guard: "requireUser", useCases: ["startAttempt"] },
  previewQuizAction: { file: quiz, guard: "requireTeacher", useCases: ["startAttempt"] },
  submitAttemptAction: { file: quiz, guard: "requireUser", useCases: ["loadAttempt", "submitAttempt"] },
  saveAnswerAction: { file: quiz, guard: "requireUser", useCases: ["saveAnswer"] },
  saveAnswersAction: { file: quiz, guard: "requireUser", useCases: ["loadAttempt", "saveAnswer"] },
  checkAnswerAction: { file: quiz, guard: "requireUser", useCases: ["saveAnswer"] },
  goToQuestionAction: { file: quiz, guard: "requireUser", useCases: ["loadAttempt", "saveAnswer"] },
  tryAsGuestAction: { file: quiz, guard: { none: "makes a guest session when there is none; startAttempt lets guests take only the demo quiz and quizzes open to everyone, guests included" }, useCases: ["startAttempt"] },
  answerPracticeAction: { file: practice, guard: "requireUser", useCases: ["answerPractice"] },
  rateHardAction: { file: practice, guard: "requireUser", useCases: ["rateQuestion"] },
  createArticleAction: { file: teach, guard: "requireTeacher", useCases: ["createArticle"] },
  setQuestionStatusAction: { file: teach, guard: "requireTeacher", useCases: ["setQuestionStatus"] },
  updateQuestionAction: { file: teach, guard: "requireTeacher", useCases: ["getQuestionForEditing", "updateQuestion"] },
  createQuizAction: { file: teach, guard: "requireTeacher", useCases: ["createQuiz"] },
  importQuestionsAction: { file: teach, guard: "requireTeacher", useCases: ["createQuestions", "importGiftQuestions"] },
  createQuestionAction: { file: teach, guard: "requireTeacher", useCases: ["createQuestions"] },
  regradeQuestionAction: { file: teach, guard: "requireTeacher", useCases: ["getQuestionToRegrade", "regradeQuestion"] },
  regenerateArticleAction: { file: teach, guard: "requireTeacher", useCases: ["regenerateArticle"] },
  shareArticleAction: { file: teach, guard: "requireTeacher", useCases: ["shareArticleWithWeeklyQuiz"] },
  updateQuizSettingsAction: { file: manage, guard: "requireTeacher", useCases: ["updateQuizSettings"] },
  setQuizPublishedAction: { file: manage, guard: "requireTeacher", useCases: ["setQuizPublished"] },
  closeQuizNowAction: { file: manage, guard: "requireTeacher", useCases: ["closeQuizNow"] },
  editQuizQuestionsAction: { file: manage, guard: "requireTeacher", useCases: ["setQuizQuestions"] },
  startLiveGameAction: { file: live, guard: "requireTeacher", useCases: ["createLiveGame"] },
  hostCommandAction: { file: live, guard: "requireTeacher", useCases: ["controlLiveGame"] },
  removePlayerAction: { file: live, guard: "requireTeacher", useCases: ["removeLivePlayer"] },
  joinLiveGameAction: { file: live, guard: { none: "anyone with the PIN may play: a visitor gets a guest (anonymous) account first, and joinLiveGame finds the game by its PIN" }, useCases: ["joinLiveGame"] },
};
