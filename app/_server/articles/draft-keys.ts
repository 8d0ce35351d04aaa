// When two drafts ask the same fact. The generator gives one draft per fact in a run; "draft more"
// and regenerating run it again, and leave out a draft whose fact the article already has a
// question for. No "server-only" marker: plain functions, unit-tested in tests/app.
import { ELIDED_MARK, answerIdentity, normaliseAnswer, type IdentityFields, type Question } from "@/questions";

/** What identifies a fact: a Fact from the generator, or a stored Fact row's kind and values, with its sentence. */
export type FactIdentity = IdentityFields & { sentence: string };

const n = normaliseAnswer;

const sourceKey = (sentence: string, answer: string) => `src|${n(sentence)}|${n(answer)}`;
/**
 * A prompt as a key. Where its blank and its elisions ("[…]", "[a place]") stand is part of it: "Mayors
 * from _____, ... met in […]" and "Mayors from […], ... met in _____" ask two facts, and normalising drops both marks.
 */
const promptKey = (type: string, prompt: string) => `q|${type}|${n(prompt.replace(/_{5}/g, " qblankq ").replace(ELIDED_MARK, " qelidedq "))}`;

/**
 * Keys under which a draft counts as already drafted; any one in common makes two drafts the same
 * fact. A draft is its fact (when it has one) and its forms (the question and its variants):
 * - the fact's answer, as the generator groups it (questions/rank answerIdentity);
 * - each form's source sentence with the fact's answer, or with the form's own key when it is a
 *   word or a number (a hand-edited question whose fact link is gone still counts);
 * - each form's type and prompt (whole-article questions, matching and ordering, have no fact).
 */
export function draftKeys({ fact, forms }: { fact?: FactIdentity | null; forms: readonly Question[] }): string[] {
  const keys = new Set<string>();
  if (fact) {
    keys.add(answerIdentity(fact));
    keys.add(sourceKey(fact.sentence, fact.answer));
  }
  for (const q of forms) {
    keys.add(promptKey(q.type, q.prompt));
    if (!q.source) continue;
    if (fact) keys.add(sourceKey(q.source.sentence, fact.answer));
    if (typeof q.answer === "string" || typeof q.answer === "number") keys.add(sourceKey(q.source.sentence, String(q.answer)));
  }
  return [...keys];
}

/** A stored Fact row as an identity: its `values` column holds everything but kind and sentence. */
export function storedFactIdentity(row: { kind: string; sentence: string; values: string }): FactIdentity | null {
  let values: unknown;
  try {
    values = JSON.parse(row.values);
  } catch {
    return null;
  }
  if (!values || typeof values !== "object") return null;
  const v = values as Record<string, unknown>;
  if (typeof v.answer !== "string") return null;
  const text = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : undefined);
  return {
    kind: row.kind,
    sentence: row.sentence,
    answer: v.answer,
    canonical: text("canonical"),
    subject: text("subject"),
    relation: text("relation"),
    entityType: text("entityType"),
    isoDate: text("isoDate"),
    value: typeof v.value === "number" ? v.value : undefined,
    unit: text("unit"),
  };
}

/** What draftKeys needs of a draft: the generator's Draft fits. */
export interface DraftLike {
  question: Question;
  variants: readonly Question[];
  fact?: FactIdentity;
}

/**
 * The drafts, best first, whose fact is not among `seen` (nor among those picked before them),
 * at most `limit`. Adds the picked drafts' keys to `seen`.
 */
export function unseenDrafts<D extends DraftLike>(drafts: readonly D[], seen: Set<string>, limit = Infinity): D[] {
  const picked: D[] = [];
  for (const draft of drafts) {
    if (picked.length >= limit) break;
    const keys = draftKeys({ fact: draft.fact, forms: [draft.question, ...draft.variants] });
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    picked.push(draft);
  }
  return picked;
}
