import type { Metadata } from "next";
import { orNotFound } from "../../_server/http/or-not-found";
import { plural } from "../../_components/format";
import { requireUser } from "../../_server/auth/session";
import { viewAttempt } from "../../_server/attempts/view-attempt";
import { checkAnswerAction, goToQuestionAction, saveAnswerAction, saveAnswersAction, submitAttemptAction } from "../../_server/attempts/quiz-actions";
import type { LearnerQuestion } from "../../_server/attempts/learner-view";
import type { AttemptForTaking } from "../../_server/attempts/get-attempt-for-taking";
import { AttemptFormEvents } from "../../_components/attempt-form-events";
import { Autosave } from "../../_components/autosave";
import { Countdown } from "../../_components/countdown";
import { FlagButton, QuestionNavigator } from "../../_components/question-navigator";
import { QuestionInput } from "../../_components/question-input";
import { PreviewNotice, ResultView } from "../../_components/result-view";
import { getReaderTimeZone } from "../../_server/time/reader-time";
import { SubmitAttemptButton } from "../../_components/submit-attempt-button";
import { CheckAnswerButton } from "../../_components/check-answer-button";
import { feedbackHeadline } from "../../_components/feedback-headline";

export const metadata: Metadata = { title: "Quiz attempt" };

const FORM_ID = "attempt-form";

/** One address for an attempt: the questions while it is open, the marked result once submitted. */
export default async function AttemptPage({ params, searchParams }: { params: Promise<{ attemptId: string }>; searchParams: Promise<{ q?: string; blank?: string; nan?: string }> }) {
  const { attemptId } = await params;
  const { q: screenParam, blank, nan } = await searchParams;
  const actor = await requireUser(`/attempts/${attemptId}`);
  const view = await orNotFound(viewAttempt({ attemptId, actor }));
  if ("result" in view) return <ResultView result={view.result} guest={actor.isGuest} timeZone={await getReaderTimeZone()} />;
  const attempt = view.taking;
  const save = saveAnswerAction.bind(null, attempt.id);
  const total = attempt.questions.length;
  // One question per screen: which one (1-based, from ?q=), else the whole quiz.
  const screen = attempt.onePerScreen ? Math.min(Math.max(1, Number(screenParam) || 1), total) : null;
  const shown = screen === null ? attempt.questions : attempt.questions.slice(screen - 1, screen);
  const current = screen === null ? null : attempt.questions[screen - 1]!;
  const goTo = (target: number) => goToQuestionAction.bind(null, attempt.id, current!.id, target);
  const savedIds = attempt.questions.filter((q) => q.saved !== undefined).map((q) => q.id);
  const numbered = attempt.questions.map((q, i) => ({ id: q.id, number: i + 1 }));
  return (
    <form id={FORM_ID} action={submitAttemptAction.bind(null, attempt.id)} className="space-y-5">
      {/* Without JavaScript, Enter in a field presses the form's first submit button: this one, which
          saves (one per screen: and moves on) but never submits the attempt. */}
      <button type="submit" hidden tabIndex={-1} formAction={screen === null ? saveAnswersAction.bind(null, attempt.id) : goTo(Math.min(screen + 1, total))}>
        Save answers
      </button>
      {attempt.preview && <PreviewNotice />}
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{attempt.quiz.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {plural(attempt.questions.length, "question")}.{" "}
          {attempt.feedbackDuring ? "Check each answer to see if it is right; a checked answer is final." : "Answer what you can, then submit: your score is worked out on the server."}
        </p>
      </header>
      {screen !== null && <input type="hidden" name="screen" value={screen} />}
      {screen !== null && (
        <div>
          <div className="mb-1 flex justify-between text-sm text-slate-600">
            <span>Question {screen} of {total}</span>
            <span>{savedIds.length} answered</span>
          </div>
          <progress value={screen} max={total} aria-label={`Question ${screen} of ${total}`} className="h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600" />
        </div>
      )}
      {/* The whole quiz: the navigator first, to jump down the page. One per screen: the question
          first (on a phone the navigator would push it below the fold), the navigator under it. */}
      {screen === null && <QuestionNavigator attemptId={attempt.id} savedIds={savedIds} items={numbered} />}
      <ol className="space-y-4" start={screen ?? 1}>
        {shown.map((q, shownIndex) => (
          <QuestionCard key={q.id} question={q} number={(screen ?? 1) + shownIndex} attempt={attempt} blankCheck={blank === q.id && !q.feedback} notANumber={nan === q.id && !q.feedback} />
        ))}
      </ol>
      {screen !== null && <QuestionNavigator attemptId={attempt.id} savedIds={savedIds} current={screen} items={numbered.map((q) => ({ ...q, goTo: goTo(q.number) }))} />}
      <div className="sticky bottom-0 -mx-4 space-y-2 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        {current && screen !== null && (
          // Here, not below the question: on a phone the bar is what sits under the thumb.
          <nav aria-label="Questions" className="flex items-center justify-between gap-3">
            <button formAction={goTo(screen - 1)} disabled={screen === 1} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50 disabled:opacity-40">
              ← Previous
            </button>
            {screen < total && (
              <button formAction={goTo(screen + 1)} data-next-question className="rounded-md bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700">
                Next →
              </button>
            )}
          </nav>
        )}
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <SubmitAttemptButton attemptId={attempt.id} savedIds={savedIds} questions={numbered} prominent={screen === null || screen === total} />
          {attempt.deadlineAt && <Countdown deadline={attempt.deadlineAt.toISOString()} renderedAt={attempt.readAt.getTime()} formId={FORM_ID} />}
          {/* With feedback during the attempt too: an unchecked answer is kept as a draft (decision 032); a checked one is final. */}
          <Autosave formId={FORM_ID} attemptId={attempt.id} questions={attempt.questions.filter((q) => !q.feedback).map(autosaveQuestion)} save={save} />
        </div>
      </div>
      <AttemptFormEvents formId={FORM_ID} attemptId={attempt.id} currentQuestionId={current?.id} />
    </form>
  );
}

function QuestionCard({ question: q, number, attempt, blankCheck, notANumber }: { question: AttemptForTaking["questions"][number]; number: number; attempt: AttemptForTaking; blankCheck: boolean; notANumber: boolean }) {
  return (
    <li id={`q-${q.id}`} data-question-id={q.id} className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <p id={`prompt-${q.id}`} tabIndex={-1} className="font-semibold">
        <span className="text-slate-500">{number}.</span> {q.prompt}
      </p>
      <QuestionInput question={q} saved={q.saved} locked={Boolean(q.feedback)} />
      <div className="flex flex-wrap items-center gap-x-3">
        {attempt.feedbackDuring && !q.feedback && (
          <span className="mt-3">
            <CheckAnswerButton
              questionId={q.id}
              formAction={checkAnswerAction.bind(null, attempt.id, q.id)}
              className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500 disabled:hover:bg-transparent"
            />
          </span>
        )}
        {!q.feedback && <FlagButton attemptId={attempt.id} questionId={q.id} />}
      </div>
      {notANumber && (
        // The server refused to check text with no number in it (decision 032).
        <p role="alert" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That answer needs a number, like 250, so nothing was checked.
        </p>
      )}
      {blankCheck && (
        // The server refused a blank check (without JavaScript the button cannot know).
        <p role="alert" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Nothing was entered, so nothing was checked. Give an answer, then check it.
        </p>
      )}
      {q.feedback && (
        <div role="status" className={`mt-3 rounded-lg border px-3 py-2 text-sm ${q.feedback.fraction >= 1 ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}>
          <p className="font-semibold">{feedbackHeadline(q.feedback.fraction, q.feedback.correctAnswer)}</p>
          {q.feedback.forYourAnswer.map((text, i) => (
            <p key={i} className="mt-1 whitespace-pre-line" data-testid="answer-feedback">{text}</p>
          ))}
          {q.feedback.sourceSentence && <p className="mt-1 italic">“{q.feedback.sourceSentence}”</p>}
        </div>
      )}
    </li>
  );
}

/** What Autosave needs to send an answer as JSON: its type, and how many fields an ordering or matching answer has. */
function autosaveQuestion(q: LearnerQuestion) {
  const partCount = q.type === "ordering" ? (q.choices?.length ?? 0) : q.type === "matching" ? (q.matchLeft?.length ?? 0) : 0;
  return { id: q.id, type: q.type, partCount };
}
