// Checks every question must pass before it is shown to a learner.
import { questionSchema, type Question } from "../schema";
import { BLANK, norm, type Candidate } from "../build";
import { opensWithPronoun } from "../facts";

export type Rejection = "schema" | "ungrounded" | "gives-away" | "dangling-pronoun" | "bad-choices";

// Many candidates quote one sentence: its word set is made once.
const wordSets = new Map<string, Set<string>>();
function sentenceWords(s: string): Set<string> {
  let ws = wordSets.get(s);
  if (!ws) {
    if (wordSets.size >= 5_000) wordSets.clear();
    wordSets.set(s, (ws = new Set(norm(s).split(" "))));
  }
  return ws;
}

/** Every word (and number) of a text answer appears in the source sentence. */
export function isGrounded(q: Question): boolean {
  if (typeof q.answer === "boolean" || Array.isArray(q.answer)) return true;
  const s = q.source?.sentence;
  if (!s) return false;
  const sw = sentenceWords(s);
  if (typeof q.answer === "number") return sw.has(String(q.answer)) || norm(s).includes(String(q.answer));
  const aw = norm(q.answer).split(" ").filter(Boolean);
  return aw.length > 0 && aw.every((w) => sw.has(w));
}

/** The prompt must not contain the answer (the sentence is quoted with a blank instead). */
export function givesAway(q: Question): boolean {
  if (q.type === "true_false" || q.type === "matching" || q.type === "ordering") return false;
  const answers = Array.isArray(q.answer) ? (q.answer as string[]) : [String(q.answer)];
  const p = ` ${norm(q.prompt)} `;
  return answers.some((a) => {
    const n = norm(a);
    return n.length > 0 && p.includes(` ${n} `);
  });
}

/** A quoted sentence that opens with "he"/"they" and comes without the sentence naming them. */
export function hasDanglingPronoun(c: Candidate): boolean {
  if (!c.fact || c.fact.context) return false;
  if (c.question.type === "matching" || c.question.type === "ordering") return false;
  if (!c.question.prompt.includes('"') && !c.question.prompt.includes(BLANK)) return false;
  return opensWithPronoun(c.fact.sentence);
}

function choicesOk(q: Question): boolean {
  if (q.type !== "multiple_choice" && q.type !== "multiple_response") return true;
  const ch = (q.choices ?? []).map(norm);
  return ch.length >= 4 && new Set(ch).size === ch.length && ch.every((c) => c.length > 0);
}

export function validate(c: Candidate): Rejection | undefined {
  if (!questionSchema.safeParse(c.question).success) return "schema";
  if (!isGrounded(c.question)) return "ungrounded";
  if (givesAway(c.question)) return "gives-away";
  if (hasDanglingPronoun(c)) return "dangling-pronoun";
  if (!choicesOk(c.question)) return "bad-choices";
  return undefined;
}
