// What the host's screen (the projector) shows. The room sees it, so while a question is open it
// carries no key either: the right answer, the distribution and the leaderboard come with the
// close. Separate from phone-messages.ts so that neither can borrow the other's fields.
import { currentAnswers, remainingMs, standings, type LiveSnapshot } from "./snapshot";
import { correctAnswerText, isCorrectOption, pickedOptions } from "./live-question";
import type { AnswerInput } from "./rules";

export const LEADERBOARD_SIZE = 5;

interface HostQuestion {
  title: string;
  index: number;
  count: number;
  prompt: string;
  input: AnswerInput;
  options: string[] | null;
  seconds: number;
  answerCount: number;
  playerCount: number;
}

export type HostMessage =
  | { kind: "lobby"; title: string; pin: string; players: { id: string; nickname: string }[] }
  | ({ kind: "question"; remainingMs: number; paused: boolean } & HostQuestion)
  | ({
      kind: "reveal";
      correctAnswer: string;
      /** Per option (or, for typed answers, right and wrong), how many chose it. */
      distribution: { label: string; count: number; correct: boolean }[];
      leaderboard: { nickname: string; score: number; rank: number }[];
      isLast: boolean;
    } & HostQuestion)
  | { kind: "ended"; title: string; podium: { nickname: string; score: number; rank: number }[]; playerCount: number };

export function hostMessage(s: LiveSnapshot, now: Date): HostMessage {
  if (s.state === "lobby") return { kind: "lobby", title: s.quizTitle, pin: s.pin, players: s.players.map((p) => ({ id: p.id, nickname: p.nickname })) };
  const top = standings(s)
    .slice(0, LEADERBOARD_SIZE)
    .map(({ nickname, score, rank }) => ({ nickname, score, rank }));
  if (s.state === "ended") return { kind: "ended", title: s.quizTitle, podium: top, playerCount: s.players.length };
  const q = s.question!;
  const answers = currentAnswers(s).filter((a) => s.players.some((p) => p.id === a.playerId));
  const base: HostQuestion = {
    title: s.quizTitle,
    index: s.questionIndex,
    count: s.questionCount,
    prompt: q.prompt,
    input: q.input,
    options: q.options ? [...q.options] : null,
    seconds: s.secondsPerQuestion,
    answerCount: answers.length,
    playerCount: s.players.length,
  };
  if (s.state === "open" || s.state === "paused") return { kind: "question", remainingMs: remainingMs(s, now), paused: s.state === "paused", ...base };
  const distribution = q.options
    ? q.options.map((label, i) => ({ label, count: answers.filter((a) => pickedOptions(q, a.response).includes(i)).length, correct: isCorrectOption(q, i) }))
    : [
        { label: "Right", count: answers.filter((a) => a.correct).length, correct: true },
        { label: "Not right", count: answers.filter((a) => !a.correct).length, correct: false },
      ];
  return { kind: "reveal", ...base, correctAnswer: correctAnswerText(q), distribution, leaderboard: top, isLast: s.questionIndex + 1 >= s.questionCount };
}
