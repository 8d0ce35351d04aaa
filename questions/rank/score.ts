// Scores candidates and orders them best first, spreading the top of the list across facts.
import type { FactKind, Question, QuestionType } from "../schema";
import { norm, type Candidate } from "../build";
import { validate } from "./validate";

const KIND_WEIGHT: Record<FactKind, number> = {
  meeting: 1,
  role: 0.95,
  percentage: 0.9,
  money: 0.9,
  count: 0.85,
  date: 0.8,
  place: 0.8,
  other: 0.6,
};
const TYPE_WEIGHT: Record<QuestionType, number> = {
  multiple_choice: 1,
  short_answer: 0.85,
  numeric: 0.85,
  matching: 0.9,
  multiple_response: 0.85,
  true_false: 0.75,
  cloze: 0.75,
  ordering: 0.7,
};

export function scoreCandidate(c: Candidate): number {
  const q = c.question;
  let s = TYPE_WEIGHT[q.type] * KIND_WEIGHT[q.factKind ?? "other"];
  const f = c.fact;
  if (f) {
    const words = f.sentence.split(/\s+/).length;
    if (words < 8) s *= 0.8;
    if (words > 40) s *= 0.85;
    if (f.sentence.startsWith('"') || /"\s*(?:he|she) (?:said|added)/.test(f.sentence)) s *= 0.85; // inside a quotation
    if (f.context) s *= 0.9;
    if (f.entityType === "person" && !f.answer.includes(" ")) s *= 0.75; // bare surname
    if (f.kind === "count" && !f.unit) s *= 0.7;
    if (f.kind === "count" && (f.value ?? 0) <= 3) s *= 0.7; // "the two allies": little to learn
    if (f.kind === "date" && f.entityType === "month") s *= 0.8;
    if (f.entityType === "other" && !f.answer.includes(" ")) s *= 0.8;
    const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 3);
    if (f.kind === "place" && (/^'s/.test(after) || /^ [a-z]/.test(after))) s *= 0.75; // "Japan's", "US troops"
    s *= 1 - Math.min(0.1, f.sentenceIndex * 0.005); // earlier sentences carry the news
  }
  return Math.round(s * 1000) / 1000;
}

export interface RankOptions {
  /** Most questions to return. */
  limit?: number;
  /** Most questions per fact. */
  perFact?: number;
}

/** Validate, deduplicate, score and sort: best first, with repeat questions on one fact pushed down. */
export function rankQuestions(cands: readonly Candidate[], opts: RankOptions = {}): Question[] {
  const limit = opts.limit ?? 150;
  const perFact = opts.perFact ?? 3;
  const seen = new Set<string>();
  const scored: { q: Question; score: number; key: string; sentence: number }[] = [];
  for (const c of cands) {
    if (validate(c)) continue;
    const q = c.question;
    const ans = Array.isArray(q.answer) ? JSON.stringify(q.answer) : norm(String(q.answer));
    const dedupe = `${q.type}|${ans}|${norm(q.prompt)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    // One fact = one (sentence, answer) pair, however many extractors found it.
    const factKey = c.fact ? `${c.fact.sentenceIndex}|${norm(c.fact.answer)}` : `article|${q.type}`;
    scored.push({ q, score: scoreCandidate(c), key: factKey, sentence: c.fact?.sentenceIndex ?? -1 });
  }
  scored.sort((a, b) => b.score - a.score);
  const perKey = new Map<string, number>();
  const perSentence = new Map<number, number>();
  const typeSeen = new Set<string>();
  const adjusted: { q: Question; score: number }[] = [];
  for (const s of scored) {
    const n = perKey.get(s.key) ?? 0;
    if (n >= perFact) continue;
    const typeKey = `${s.key}|${s.q.type}`;
    if (typeSeen.has(typeKey)) continue; // one question of each type per fact
    typeSeen.add(typeKey);
    perKey.set(s.key, n + 1);
    // Spread the quiz over the article: each further question on one sentence counts for less.
    const m = s.sentence >= 0 ? (perSentence.get(s.sentence) ?? 0) : 0;
    if (s.sentence >= 0) perSentence.set(s.sentence, m + 1);
    adjusted.push({ q: s.q, score: Math.round(s.score * 0.8 ** n * 0.9 ** m * 1000) / 1000 });
  }
  adjusted.sort((a, b) => b.score - a.score);
  return adjusted.slice(0, limit).map(({ q, score }) => ({ ...q, score }));
}
