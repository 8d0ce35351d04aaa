// What an answer key looks like in a response body, and a scanner that finds it. A "secret" is a
// string (or pattern) that can only be in a body if the server sent part of a question's key:
// its explanation, source sentence, accepted answers, partial-credit answers, numeric value,
// correct order or pairs, or the teacher's name for the question.
// Choice texts and prompts are not secrets (the learner sees them); which choice is right only
// shows through key field names, which are checked separately.
import type { Question } from "@/questions/schema";
import { describeAnswer } from "@/app/_server/attempts/answer-text";

export interface Secret {
  questionId: string;
  /** What kind of secret, for the failure message: "explanation", "numeric answer", ... */
  what: string;
  needle: string | RegExp;
}

export interface Finding {
  url: string;
  what: string;
  questionId?: string;
  excerpt: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A JSON string quote as it may appear in a body: plain (an API), escaped once (React's payload
 * inside the HTML) or twice. */
const Q = '\\\\*"';

/**
 * The secrets of one question. `ordering` needs the order the learner is shown: if the seeded
 * shuffle happens to give the correct order (about 1 in 720 for six items), that order is on the
 * page by chance, not by leak, so the contiguous-sequence check is left out for that attempt.
 */
export function secretsOf(questionId: string, q: Question, shownOrder?: readonly string[]): Secret[] {
  const out: Secret[] = [];
  const add = (what: string, needle: string | RegExp) => out.push({ questionId, what, needle });
  if (q.explanation) add("explanation", q.explanation);
  if (q.source?.sentence) add("source sentence", q.source.sentence);
  // Per-answer feedback tells what is right as surely as the key does.
  for (const f of q.choiceFeedback ?? []) if (f) add("choice feedback", f);
  for (const f of q.answerFeedback ?? []) add("answer feedback", f.feedback);
  if (q.otherFeedback) add("other-answer feedback", q.otherFeedback);
  // Answers worth part of the marks are key answers too; a name is the teacher's label for the key.
  for (const p of q.partialAnswers ?? []) {
    if (typeof p.answer === "string") add("partial-credit answer", p.answer);
    else {
      add("partial-credit number", String(p.answer));
      add("partial-credit number", p.answer.toLocaleString("en-US", { maximumFractionDigits: 4 }));
    }
  }
  if (q.name) add("question name", q.name);
  // The key as the result page words it ("A; B", "1st → 2nd", "left → right", "73,917.25 (± 0.5)").
  // For multiple choice and true/false that is just a visible choice, so it proves nothing.
  if (q.type !== "multiple_choice" && q.type !== "true_false") add("correct answer (as the result page words it)", describeAnswer(q));
  switch (q.type) {
    case "numeric": {
      const n = q.answer as number;
      add("numeric answer", String(n));
      add("numeric answer", n.toLocaleString("en-US", { maximumFractionDigits: 4 }));
      break;
    }
    case "short_answer":
    case "cloze":
      add("expected answer", q.answer as string);
      for (const a of q.acceptedAnswers ?? []) add("accepted answer", a);
      break;
    case "ordering": {
      const order = q.answer as string[];
      const chance = shownOrder && shownOrder.join("\u0000") === order.join("\u0000");
      if (!chance) add("correct order (as a JSON list)", new RegExp(order.map((item) => `${Q}${escapeRegExp(item)}${Q}`).join("\\s*,\\s*")));
      break;
    }
    case "matching":
      for (const { left, right } of q.answer as { left: string; right: string }[]) {
        add("correct pair", `${left} → ${right}`);
        // {"Left":"Right"} (the shape of a response) or {"left":"Left","right":"Right"} (the key's).
        add("correct pair (JSON)", new RegExp(`${Q}${escapeRegExp(left)}${Q}\\s*(?::|,\\s*${Q}right${Q}\\s*:)\\s*${Q}${escapeRegExp(right)}${Q}`));
      }
      break;
    default:
      break;
  }
  return out;
}

/** Field names of the stored key and of feedback, as JSON keys (plain or escaped). */
export const KEY_FIELDS = ["answer", "acceptedAnswers", "tolerance", "partialAnswers", "choiceWeights", "choiceFeedback", "answerFeedback", "otherFeedback", "pairs", "sourceStart", "sourceEnd"] as const;
/** Field names of feedback, which only a checked answer ("during" quizzes) may carry. */
export const FEEDBACK_FIELDS = ["correctAnswer", "explanation", "sourceSentence", "fraction", "forYourAnswer"] as const;

/**
 * `"field":` with a value: a field that is there but empty (`null`, `""` or `[]`, as a held-back result
 * sends `"correctAnswer":null`) carries nothing.
 */
export function keyFieldPattern(fields: readonly string[]): RegExp {
  return new RegExp(`${Q}(${fields.join("|")})${Q}\\s*:(?!\\s*(?:null\\b|\\[\\s*\\]|(\\\\*")\\2))`, "g");
}

function excerpt(body: string, index: number, length: number): string {
  return body.slice(Math.max(0, index - 80), index + length + 80).replace(/\s+/g, " ");
}

/** Every secret found in the body, each reported once per body. */
export function findSecrets(url: string, body: string, secrets: readonly Secret[]): Finding[] {
  const found: Finding[] = [];
  for (const s of secrets) {
    const match = typeof s.needle === "string" ? { index: body.indexOf(s.needle), length: s.needle.length } : (() => {
      const m = s.needle.exec(body);
      return { index: m ? m.index : -1, length: m?.[0].length ?? 0 };
    })();
    if (match.index >= 0) found.push({ url, what: s.what, questionId: s.questionId, excerpt: excerpt(body, match.index, match.length) });
  }
  return found;
}

/** Key field names in the body (e.g. "acceptedAnswers":), one finding per field name. */
export function findKeyFields(url: string, body: string, fields: readonly string[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const m of body.matchAll(keyFieldPattern(fields))) {
    const name = m[1]!;
    if (!seen.has(name)) seen.set(name, { url, what: `key field "${name}"`, excerpt: excerpt(body, m.index, m[0].length) });
  }
  return [...seen.values()];
}

export function formatFindings(findings: readonly Finding[], limit = 40): string {
  const lines = findings.slice(0, limit).map((f) => `- ${f.url}: ${f.what}${f.questionId ? ` of question ${f.questionId}` : ""}\n    …${f.excerpt}…`);
  if (findings.length > limit) lines.push(`… and ${findings.length - limit} more`);
  return lines.join("\n");
}
