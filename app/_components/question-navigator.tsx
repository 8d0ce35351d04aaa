"use client";
import { toggleFlag, useAttemptProgress } from "./attempt-progress";

export interface NavigatorItem {
  id: string;
  /** 1-based, as the questions are numbered on the page. */
  number: number;
  /** One question per screen: saves this screen's answer and shows that question's screen. */
  goTo?: (form: FormData) => Promise<void>;
}

/**
 * Every question at a glance, as Moodle's quiz navigation shows it: answered, not answered,
 * flagged for later. The whole quiz on one page links to each question; one per screen, each
 * button saves the current screen and goes there (so it works without JavaScript, where only the
 * answers the server holds show as answered and no flags show).
 */
export function QuestionNavigator({ attemptId, savedIds, items, current }: { attemptId: string; savedIds: string[]; items: NavigatorItem[]; current?: number }) {
  const progress = useAttemptProgress(attemptId, savedIds);
  const answered = (id: string) => progress?.answered(id) ?? savedIds.includes(id);
  return (
    <nav aria-label="Question navigation" className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const done = answered(item.id);
          const flagged = progress?.flagged(item.id) ?? false;
          const here = item.number === current;
          const label = `Question ${item.number}, ${done ? "answered" : "not answered"}${flagged ? ", flagged" : ""}`;
          const className = `relative grid h-10 w-10 place-items-center rounded-md border text-sm font-semibold ${
            done ? "border-brand-700 bg-brand-600 text-white hover:bg-brand-700" : "border-slate-400 bg-white text-slate-700 hover:bg-slate-100"
          } ${here ? "ring-2 ring-slate-900 ring-offset-2" : ""}`;
          const content = (
            <>
              {item.number}
              {flagged && <FlagIcon className="absolute -top-2 -right-2 h-4 w-4 rounded-full bg-white text-amber-600" />}
            </>
          );
          return (
            <li key={item.id}>
              {item.goTo ? (
                <button type="submit" formAction={item.goTo} aria-label={label} aria-current={here ? "step" : undefined} className={className}>
                  {content}
                </button>
              ) : (
                <a href={`#q-${item.id}`} aria-label={label} className={className}>
                  {content}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        <span className="flex items-center gap-1"><span aria-hidden className="inline-block h-3 w-3 rounded-sm bg-brand-600" /> Answered</span>
        <span className="flex items-center gap-1"><span aria-hidden className="inline-block h-3 w-3 rounded-sm border border-slate-400 bg-white" /> Not answered</span>
        <span className="flex items-center gap-1"><FlagIcon className="h-3 w-3 text-amber-600" /> Flagged</span>
      </p>
    </nav>
  );
}

/** "Flag for later": a reminder to come back to a question, shown in the navigator and before submitting. */
export function FlagButton({ attemptId, questionId }: { attemptId: string; questionId: string }) {
  const progress = useAttemptProgress(attemptId, []);
  // Flags need JavaScript (they live in this browser): hidden until the page can use them.
  if (!progress) return null;
  const flagged = progress.flagged(questionId);
  return (
    <button
      type="button"
      aria-pressed={flagged}
      onClick={() => toggleFlag(attemptId, questionId)}
      className={`mt-3 inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1 text-sm font-medium ${
        flagged ? "border-amber-500 bg-amber-50 text-amber-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
      }`}
    >
      <FlagIcon className={`h-4 w-4 ${flagged ? "text-amber-600" : "text-slate-500"}`} />
      Flag for later
    </button>
  );
}

function FlagIcon({ className = "" }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" fill="currentColor" className={className}>
      <path d="M3 1.5a.75.75 0 0 1 .75.75V3h8.1a.6.6 0 0 1 .5.93L10.9 6.25l1.45 2.32a.6.6 0 0 1-.5.93h-8.1v5.25a.75.75 0 0 1-1.5 0V2.25A.75.75 0 0 1 3 1.5Z" />
    </svg>
  );
}
