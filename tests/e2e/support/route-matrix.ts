// Who may open which page or route handler: one row per file under app/ (the matrix test fails
// if a page or route has no row). A row is a list of cases: a concrete address, the text that only
// the allowed may see, and the outcome for each actor. docs/decisions/008-authorisation-matrix.md
import { ACTORS, type ActorName, type World } from "./authz-world";

export type Outcome =
  /** 200, and the case's `shows` text is on it (or no `shows`: just 200). */
  | "ok"
  /** 200, but the case's `shows` text is not on it (a list that must leave the object out). */
  | "hidden"
  /** A redirect to /sign-in that comes back to this address. */
  | "signIn"
  /** A redirect to the home page (signed-in people on the sign-in and sign-up pages). */
  | "home"
  /** 404 without the `shows` text, and the same response as for an id that does not exist. */
  | "notFound"
  /** Another refusal (a JSON route's 401 or 403): that status, without the `shows` text. */
  | { status: number };

export interface RouteCase {
  label?: string;
  path: (w: World) => string;
  /** GET unless said; a body is sent as JSON. */
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: (w: World) => unknown;
  /** What only the allowed may see: a title, a prompt, an email address. */
  shows?: (w: World) => string;
  /** The same address with a made-up id: "not yours" must not be told apart from it. */
  missing?: (w: World) => string;
  expect: Record<ActorName, Outcome>;
  /** A further check of the body for one actor; returns a problem or null. */
  check?: (body: string, actor: ActorName, w: World) => string | null;
}

function outcomes(base: Outcome, overrides: Partial<Record<ActorName, Outcome>> = {}): Record<ActorName, Outcome> {
  return Object.fromEntries(ACTORS.map((a) => [a, overrides[a] ?? base])) as Record<ActorName, Outcome>;
}

const NO_LEARNERS = { guest: "notFound", learnerA: "notFound", learnerB: "notFound" } as const;
/** Anyone who can be signed in. */
const SIGNED_IN = outcomes("ok", { anonymous: "signIn" });
/** A teacher's tool with nothing of anyone's in it. */
const TEACHERS = outcomes("ok", { anonymous: "signIn", ...NO_LEARNERS });
/** One teaching object: its owner and admins; to everyone else it does not exist. */
const OWNER = outcomes("notFound", { anonymous: "signIn", teacherT1: "ok", admin: "ok" });
/** A teacher's list: everyone's own, admins see all, T2 must not see T1's things. */
const OWN_LIST = outcomes("ok", { anonymous: "signIn", ...NO_LEARNERS, teacherT2: "hidden" });
/** Route handlers answer 404 to anyone who may not have the file, signed in or not. */
const OWNER_FILE = outcomes("notFound", { teacherT1: "ok", admin: "ok" });

const NO_SUCH_ID = "cm0nosuchid0000000000000";

export const ROUTE_MATRIX: Record<string, RouteCase[]> = {
  "/": [{ path: () => "/", shows: (w) => w.quiz.title, expect: outcomes("ok") }],
  "/sign-in": [{ path: () => "/sign-in", expect: outcomes("home", { anonymous: "ok", guest: "ok" }) }],
  "/sign-up": [{ path: () => "/sign-up", expect: outcomes("home", { anonymous: "ok", guest: "ok" }) }],
  "/api/health": [{ path: () => "/api/health", expect: outcomes("ok") }],
  "/api/auth/[...all]": [
    {
      label: "the session is the caller's own",
      path: () => "/api/auth/get-session",
      expect: outcomes("ok"),
      check: (body, actor, w) => {
        const session = JSON.parse(body) as { user?: { id: string } } | null;
        const want = w.accounts[actor]?.id ?? null;
        return (session?.user?.id ?? null) === want ? null : `session user ${session?.user?.id} is not ${want}`;
      },
    },
  ],

  // The JSON API: anonymous callers get 401 (an API does not redirect), everyone but the owner
  // gets the same 404 as for an id that does not exist.
  "/api/quizzes/[quizId]/attempts": [
    {
      label: "a draft cannot be started",
      method: "POST",
      path: (w) => `/api/quizzes/${w.draftQuiz.id}/attempts`,
      missing: () => `/api/quizzes/${NO_SUCH_ID}/attempts`,
      expect: outcomes("notFound", { anonymous: { status: 401 } }),
    },
  ],
  "/api/attempts/[attemptId]": [
    {
      path: (w) => `/api/attempts/${w.attempt.id}`,
      shows: (w) => w.question.prompt,
      missing: () => `/api/attempts/${NO_SUCH_ID}`,
      expect: outcomes("notFound", { anonymous: { status: 401 }, learnerA: "ok" }),
    },
  ],
  "/api/attempts/[attemptId]/answers/[questionId]": [
    {
      // Learner A's attempt is submitted: even its owner may not change an answer now.
      method: "PUT",
      path: (w) => `/api/attempts/${w.attempt.id}/answers/${w.question.id}`,
      body: () => ({ response: false }),
      missing: (w) => `/api/attempts/${NO_SUCH_ID}/answers/${w.question.id}`,
      expect: outcomes("notFound", { anonymous: { status: 401 }, learnerA: { status: 409 } }),
    },
  ],
  "/api/history": [{ path: () => "/api/history", shows: (w) => w.quiz.title, expect: outcomes("hidden", { anonymous: { status: 401 }, learnerA: "ok" }) }],
  "/api/attempts/[attemptId]/submit": [
    {
      method: "POST",
      path: (w) => `/api/attempts/${w.attempt.id}/submit`,
      body: () => ({}),
      missing: () => `/api/attempts/${NO_SUCH_ID}/submit`,
      expect: outcomes("notFound", { anonymous: { status: 401 }, learnerA: "ok" }),
      check: (body) => (JSON.parse(body).status === "already_submitted" ? null : `a second submit answered ${body}`),
    },
  ],

  "/quiz/[quizId]": [
    { label: "published", path: (w) => `/quiz/${w.quiz.id}`, shows: (w) => w.quiz.title, missing: () => `/quiz/${NO_SUCH_ID}`, expect: outcomes("ok") },
    // Teachers preview drafts from their report page; the public page is for published quizzes.
    { label: "draft", path: (w) => `/quiz/${w.draftQuiz.id}`, shows: (w) => w.draftQuiz.title, missing: () => `/quiz/${NO_SUCH_ID}`, expect: outcomes("notFound") },
  ],
  "/attempts/[attemptId]": [
    {
      // Only the learner who made it: teachers read attempts in their reports, not here.
      path: (w) => `/attempts/${w.attempt.id}`,
      shows: (w) => w.quiz.title,
      missing: () => `/attempts/${NO_SUCH_ID}`,
      expect: outcomes("notFound", { anonymous: "signIn", learnerA: "ok" }),
    },
  ],
  "/history": [{ path: () => "/history", shows: (w) => w.quiz.title, expect: outcomes("hidden", { anonymous: "signIn", learnerA: "ok" }) }],
  "/classes": [{ path: () => "/classes", shows: (w) => w.cls.name, expect: outcomes("hidden", { anonymous: "signIn", learnerA: "ok" }) }],
  "/practice": [{ path: () => "/practice", expect: SIGNED_IN }],
  "/invite/[token]": [
    {
      // The page itself is harmless to open; accepting is the use case's business. Guests must
      // make an account first, or they would use up the invitation on a throwaway account.
      path: (w) => `/invite/${w.inviteToken}`,
      shows: () => "Accept the invitation",
      expect: outcomes("ok", { anonymous: "hidden", guest: "hidden" }),
    },
  ],
  "/admin/people": [
    { path: () => "/admin/people", shows: (w) => w.accounts.learnerA!.email, expect: outcomes("notFound", { anonymous: "signIn", admin: "ok" }) },
  ],

  "/teach": [{ path: () => "/teach", shows: (w) => w.quiz.title, expect: OWN_LIST }],
  "/teach/articles/new": [{ path: () => "/teach/articles/new", expect: TEACHERS }],
  "/teach/articles/[articleId]": [
    { path: (w) => `/teach/articles/${w.article.id}`, shows: (w) => w.article.title, missing: () => `/teach/articles/${NO_SUCH_ID}`, expect: OWNER },
  ],
  "/teach/bank": [{ path: () => "/teach/bank", shows: (w) => w.question.prompt, expect: OWN_LIST }],
  "/teach/bank/export": [
    {
      // Asking for someone else's question by id gets an empty file, not their question.
      path: (w) => `/teach/bank/export?format=json&id=${w.question.id}`,
      shows: (w) => w.question.prompt,
      expect: outcomes("notFound", { teacherT1: "ok", teacherT2: "hidden", admin: "ok" }),
    },
  ],
  "/teach/questions/new": [{ path: () => "/teach/questions/new", expect: TEACHERS }],
  "/teach/questions/[questionId]": [
    { path: (w) => `/teach/questions/${w.question.id}`, shows: (w) => w.question.prompt, missing: () => `/teach/questions/${NO_SUCH_ID}`, expect: OWNER },
  ],
  "/teach/quizzes/new": [{ path: () => "/teach/quizzes/new", expect: TEACHERS }],
  "/teach/quizzes/[quizId]": [
    { path: (w) => `/teach/quizzes/${w.quiz.id}`, shows: (w) => w.quiz.title, missing: () => `/teach/quizzes/${NO_SUCH_ID}`, expect: OWNER },
    { label: "draft", path: (w) => `/teach/quizzes/${w.draftQuiz.id}`, shows: (w) => w.draftQuiz.title, missing: () => `/teach/quizzes/${NO_SUCH_ID}`, expect: OWNER },
  ],
  "/teach/quizzes/[quizId]/edit": [
    { path: (w) => `/teach/quizzes/${w.quiz.id}/edit`, shows: (w) => w.quiz.title, missing: () => `/teach/quizzes/${NO_SUCH_ID}/edit`, expect: OWNER },
  ],
  "/teach/quizzes/[quizId]/questions": [
    { path: (w) => `/teach/quizzes/${w.quiz.id}/questions`, shows: (w) => w.quiz.title, missing: () => `/teach/quizzes/${NO_SUCH_ID}/questions`, expect: OWNER },
  ],
  "/teach/quizzes/[quizId]/report": [
    {
      path: (w) => `/teach/quizzes/${w.quiz.id}/report`,
      shows: (w) => w.accounts.learnerA!.email,
      missing: () => `/teach/quizzes/${NO_SUCH_ID}/report`,
      expect: OWNER_FILE,
    },
  ],
  "/teach/quizzes/[quizId]/regrade/[questionId]": [
    {
      path: (w) => `/teach/quizzes/${w.quiz.id}/regrade/${w.question.id}`,
      shows: (w) => w.question.prompt,
      missing: (w) => `/teach/quizzes/${w.quiz.id}/regrade/${NO_SUCH_ID}`,
      expect: OWNER,
    },
    {
      // The quiz in the address is checked too: T1's question under T2's quiz is nobody's page.
      label: "another teacher's quiz in the address",
      path: (w) => `/teach/quizzes/${w.otherQuiz.id}/regrade/${w.question.id}`,
      shows: (w) => w.question.prompt,
      missing: (w) => `/teach/quizzes/${NO_SUCH_ID}/regrade/${w.question.id}`,
      expect: outcomes("notFound", { anonymous: "signIn", admin: "ok" }),
    },
  ],
  "/teach/quizzes/[quizId]/live/[gameId]": [
    {
      // A live game's report: read as the quiz's own report is (its owner and admins).
      path: (w) => `/teach/quizzes/${w.quiz.id}/live/${w.endedGame.id}`,
      shows: (w) => w.quiz.title,
      missing: (w) => `/teach/quizzes/${w.quiz.id}/live/${NO_SUCH_ID}`,
      expect: OWNER,
    },
    {
      // The quiz in the address must be the game's: T1's game under T2's quiz is nobody's page.
      label: "another teacher's quiz in the address",
      path: (w) => `/teach/quizzes/${w.otherQuiz.id}/live/${w.endedGame.id}`,
      shows: (w) => w.quiz.title,
      missing: (w) => `/teach/quizzes/${w.otherQuiz.id}/live/${NO_SUCH_ID}`,
      expect: outcomes("notFound", { anonymous: "signIn" }),
    },
  ],
  "/teach/classes": [{ path: () => "/teach/classes", shows: (w) => w.cls.name, expect: OWN_LIST }],
  "/teach/classes/[classId]": [
    { path: (w) => `/teach/classes/${w.cls.id}`, shows: (w) => w.cls.name, missing: () => `/teach/classes/${NO_SUCH_ID}`, expect: OWNER },
  ],
  "/teach/imports": [{ path: () => "/teach/imports", shows: (w) => w.importJob.url, expect: OWN_LIST }],
  "/teach/imports/[jobId]": [
    { path: (w) => `/teach/imports/${w.importJob.id}`, shows: (w) => w.importJob.url, missing: () => `/teach/imports/${NO_SUCH_ID}`, expect: OWNER },
  ],

  // Live games: anyone may open the join page; the host's screen is its host's alone (admins
  // included: the room's projector is not an admin tool); the phone page and its events need the
  // player's token cookie, which nobody here holds.
  "/live": [{ path: () => "/live", shows: () => "Join a live game", expect: outcomes("ok") }],
  "/live/host/[gameId]": [
    {
      path: (w) => `/live/host/${w.liveGame.id}`,
      shows: (w) => w.liveGame.pin,
      missing: () => `/live/host/${NO_SUCH_ID}`,
      expect: outcomes("notFound", { anonymous: "signIn", teacherT1: "ok" }),
    },
  ],
  "/live/play/[gameId]": [{ path: (w) => `/live/play/${w.liveGame.id}`, shows: () => "You're in", expect: outcomes("hidden") }],
  "/api/live/[gameId]/events": [
    { label: "a phone's", path: (w) => `/api/live/${w.liveGame.id}/events`, missing: () => `/api/live/${NO_SUCH_ID}/events`, expect: outcomes("notFound") },
    {
      // An ended game's stream sends its last message and ends, so it can be read to the end here.
      label: "the host's",
      path: (w) => `/api/live/${w.endedGame.id}/events?as=host`,
      shows: (w) => w.quiz.title,
      missing: () => `/api/live/${NO_SUCH_ID}/events?as=host`,
      expect: outcomes("notFound", { anonymous: { status: 401 }, guest: { status: 403 }, learnerA: { status: 403 }, learnerB: { status: 403 }, teacherT1: "ok" }),
    },
  ],
  "/api/live/[gameId]/commands": [
    {
      // The ended game: its host is told it cannot move (409), so the matrix changes no game.
      path: (w) => `/api/live/${w.endedGame.id}/commands`,
      method: "POST",
      body: () => ({ command: "end" }),
      missing: () => `/api/live/${NO_SUCH_ID}/commands`,
      expect: outcomes("notFound", { anonymous: { status: 401 }, guest: { status: 403 }, learnerA: { status: 403 }, learnerB: { status: 403 }, teacherT1: { status: 409 } }),
    },
  ],
  "/api/live/[gameId]/answers": [
    {
      path: (w) => `/api/live/${w.liveGame.id}/answers`,
      method: "POST",
      body: () => ({ questionIndex: 0, answer: { choice: 0 } }),
      missing: () => `/api/live/${NO_SUCH_ID}/answers`,
      expect: outcomes("notFound"),
    },
  ],
};
