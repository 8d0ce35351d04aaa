// Key secrecy of what phones receive: whole games are played through the engine's state machine
// and scoring, and every message each phone would get (the play page's first render and every
// Server-Sent Event are built by phoneMessage) is collected. Before a question closes, a phone's
// message must not depend on the key at all: the same game with another key gives byte-identical
// messages. The host's screen (the projector the room sees) is held to the same rule.
import { beforeAll, describe, expect, it } from "vitest";
import type { Question } from "@/questions/schema";
import { phoneMessage } from "@/app/_server/live/phone-messages";
import { hostMessage } from "@/app/_server/live/host-messages";
import { applyMove, type GamePosition } from "@/app/_server/live/state-machine";
import { gradeLive, toLearnerResponse, toLiveQuestion } from "@/app/_server/live/live-question";
import { pointsFor, withStreaks, type LiveAnswerInput } from "@/app/_server/live/rules";
import type { LiveSnapshot, SnapshotAnswer } from "@/app/_server/live/snapshot";

beforeAll(() => {
  process.env.BETTER_AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";
});

const q = (x: Partial<Question> & Pick<Question, "type" | "prompt" | "answer">): Question => ({ explanation: "Because.", ...x }) as Question;

/** Each question twice: as asked, and with another key (the other option, another number or text). */
const QUESTIONS: [Question, Question][] = [
  [
    q({ type: "multiple_choice", prompt: "Where did the keepers meet?", choices: ["Kirkwall", "Lerwick", "Stornoway", "Oban"], answer: "Lerwick" }),
    q({ type: "multiple_choice", prompt: "Where did the keepers meet?", choices: ["Kirkwall", "Lerwick", "Stornoway", "Oban"], answer: "Oban" }),
  ],
  [q({ type: "true_false", prompt: "One supply boat?", answer: true }), q({ type: "true_false", prompt: "One supply boat?", answer: false })],
  [
    q({ type: "multiple_response", prompt: "Which isles?", choices: ["Fair Isle", "Foula", "Yell", "Unst"], answer: ["Foula", "Unst"] }),
    q({ type: "multiple_response", prompt: "Which isles?", choices: ["Fair Isle", "Foula", "Yell", "Unst"], answer: ["Yell"] }),
  ],
  [q({ type: "numeric", prompt: "How many lights?", answer: 7391, tolerance: 2 }), q({ type: "numeric", prompt: "How many lights?", answer: 5827 })],
  [
    q({ type: "short_answer", prompt: "Who chairs the rota?", answer: "Morag Quillfeather", acceptedAnswers: ["Quillfeather"] }),
    q({ type: "short_answer", prompt: "Who chairs the rota?", answer: "Ewan Brackwater" }),
  ],
];

const PLAYERS = [
  { id: "p1", nickname: "Ana" },
  { id: "p2", nickname: "Ben" },
  { id: "p3", nickname: "Cai" },
];

/** What each player sends for question i (some right, some wrong, some nothing). */
function answerFor(player: number, qi: number, options: string[] | null): LiveAnswerInput | null {
  if ((player + qi) % 4 === 3) return null;
  if (!options) return { text: ["7391", "Quillfeather", "12", "nothing"][(player + qi) % 4]! };
  if (QUESTIONS[qi]![0].type === "multiple_response") return { choices: [player % options.length, (player + 1) % options.length] };
  return { choice: (player + qi) % options.length };
}

interface Seen {
  state: string;
  questionIndex: number;
  phones: string[];
  host: string;
}

/** Plays a whole game with key variant `variant`, returning every message of every step. */
function playGame(variant: 0 | 1, streakBonus = false): Seen[] {
  const seen: Seen[] = [];
  const opened = new Date("2026-12-06T10:00:00Z");
  let at: GamePosition = { state: "lobby", questionIndex: -1 };
  const answers: Omit<SnapshotAnswer, "streak" | "bonus">[] = [];
  const snapshot = (): LiveSnapshot => {
    const question = at.questionIndex >= 0 ? toLiveQuestion("game-1", { id: `q${at.questionIndex}`, version: 1, points: 1, question: QUESTIONS[at.questionIndex]![variant] }) : null;
    return {
      id: "game-1", quizId: "quiz-1", quizTitle: "Lighthouse news", hostId: "host", pin: "123456", state: at.state, questionIndex: at.questionIndex, questionCount: QUESTIONS.length,
      questionOpenedAt: at.questionIndex >= 0 ? opened : null, pausedAt: at.state === "paused" ? opened : null, secondsPerQuestion: 20, streakBonus, question, players: PLAYERS,
      // As loadSnapshot does: runs and bonuses from the stored marks.
      answers: withStreaks(answers, streakBonus),
    };
  };
  const record = () => {
    const s = snapshot();
    const now = new Date(opened.getTime() + 3000);
    seen.push({ state: s.state, questionIndex: s.questionIndex, phones: PLAYERS.map((p) => JSON.stringify(phoneMessage(s, p.id, now))), host: JSON.stringify(hostMessage(s, now)) });
  };
  record();
  at = applyMove(at, "start", QUESTIONS.length);
  while (at.state !== "ended") {
    record();
    // Answers arrive one by one; every phone's message is taken after each.
    PLAYERS.forEach((p, i) => {
      const live = snapshot().question!;
      const input = answerFor(i, at.questionIndex, live.options);
      if (!input) return;
      const response = toLearnerResponse(live, input);
      const { correct } = gradeLive(live, response);
      answers.push({ playerId: p.id, questionIndex: at.questionIndex, response, correct, points: pointsFor({ correct, elapsedMs: 1000 * (i + 1), seconds: 20 }) });
      record();
    });
    // The host pauses and resumes each question once, mid-answers.
    at = applyMove(at, "pause", QUESTIONS.length);
    record();
    at = applyMove(at, "resume", QUESTIONS.length);
    at = applyMove(at, "close", QUESTIONS.length);
    record();
    at = applyMove(at, "next", QUESTIONS.length);
  }
  record();
  return seen;
}

// Every check runs on games without and with the streak bonus: a run of right answers is a mark
// too, and must not show before the close either.
describe.each([false, true])("what a phone receives through a whole game (streak bonus %s)", (streakBonus) => {
  const games = [playGame(0, streakBonus), playGame(1, streakBonus)];

  it("crawls every kind of message (so the check below has something to check)", () => {
    const kinds = new Set(games[0]!.flatMap((s) => s.phones.map((m) => JSON.parse(m).kind)));
    expect([...kinds].sort()).toEqual(["ended", "lobby", "paused", "question", "result"]);
    expect(games[0]!.length).toBe(games[1]!.length);
  });

  it("never depends on the key before the question closes, for phones or the projector", () => {
    let compared = 0;
    games[0]!.forEach((step, i) => {
      if (step.state !== "lobby" && step.state !== "open" && step.state !== "paused") return;
      expect(games[1]![i]!.phones).toEqual(step.phones);
      expect(games[1]![i]!.host).toEqual(step.host);
      compared++;
    });
    expect(compared).toBeGreaterThan(QUESTIONS.length * 3);
  });

  it("names no key, mark or explanation in an open question's message", () => {
    for (const step of games[0]!.filter((s) => s.state === "open" || s.state === "paused")) {
      for (const message of [...step.phones, step.host]) {
        expect(message).not.toMatch(/"(answer|correct|correctAnswer|explanation|acceptedAnswers|points|score|rank|distribution|leaderboard|fraction|streak|bonus)"/);
        for (const secret of ["7391", "Quillfeather", "Morag", "Because."]) expect(message).not.toContain(secret);
      }
    }
  });

  it("does show the key once the question has closed (the check above can see one)", () => {
    const closed = games[0]!.filter((s) => s.state === "closed");
    expect(closed.some((s) => s.phones.some((m) => m.includes("7391")))).toBe(true);
    expect(closed.some((s) => s.phones.some((m) => m.includes("Morag Quillfeather")))).toBe(true);
    // ... and it differs with the key: the closed messages of the two games are not the same.
    const i = games[0]!.findIndex((s) => s.state === "closed");
    expect(games[1]![i]!.phones).not.toEqual(games[0]![i]!.phones);
  });
});

describe("streaks on the phone", () => {
  const results = (game: Seen[]) => game.filter((s) => s.state === "closed").flatMap((s) => s.phones.map((m) => JSON.parse(m)));

  it("come with each result when the host chose the bonus, and a run of right answers earns one", () => {
    const shown = results(playGame(0, true));
    expect(shown.every((m) => m.kind === "result" && m.streak !== null)).toBe(true);
    // Someone answered two or more right in a row (the crawl has a bonus to look for).
    expect(shown.some((m) => m.streak.count >= 2 && m.streak.bonus === 100 * (m.streak.count - 1))).toBe(true);
    // A wrong or missing answer shows no run and no bonus.
    for (const m of shown.filter((x) => !x.correct)) expect(m.streak).toEqual({ count: 0, bonus: 0 });
  });

  it("are absent without the bonus, and the scores then leave it out", () => {
    const [on, off] = [playGame(0, true), playGame(0, false)];
    expect(results(off).every((m) => m.streak === null)).toBe(true);
    const finals = (game: Seen[]) => game.at(-1)!.phones.map((m) => JSON.parse(m).score as number);
    const bonuses = PLAYERS.map((_, i) => results(on).filter((_, j) => j % PLAYERS.length === i).reduce((sum, m) => sum + m.streak.bonus, 0));
    expect(finals(on)).toEqual(finals(off).map((score, i) => score + bonuses[i]!));
    expect(bonuses.some((b) => b > 0)).toBe(true);
  });
});
