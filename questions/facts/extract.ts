// Article sentences -> facts anchored to their source sentence and offsets.
import { pronounSet } from "../data";
import type { Sentence } from "../article";
import { findEntities } from "../entities";
import { entityFacts, phraseFacts } from "./entity-facts";
import { numberFacts } from "./numbers";
import type { RawFact } from "./raw";
import type { Fact } from "./types";

/** Sentences longer than this are run-ons (lists, tables, scraped blobs): no good question source. */
export const MAX_SENTENCE_CHARS = 600;

/** Whether the sentence leans on an earlier one: "They host ...", "Together, they ...". */
export function opensWithPronoun(s: string): boolean {
  const m = /^["'(]*([A-Za-z]+)(?:,? ([a-z]+))?/.exec(s);
  if (!m) return false;
  const first = m[1]!.toLowerCase();
  const second = m[2];
  // "This week's issue" is a determiner; "This is" / "These were" lean on the previous sentence.
  if (DEMONSTRATIVES.has(first)) return second !== undefined && LINKING_VERBS.has(second);
  return pronounSet.has(first) || (m[0].includes(",") && second !== undefined && pronounSet.has(second) && !DEMONSTRATIVES.has(second));
}

const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);
const LINKING_VERBS = new Set(["is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "means", "meant", "shows", "showed", "suggests", "came", "comes", "follows", "followed"]);

export function extractFacts(sentences: readonly Sentence[]): Fact[] {
  const usable = sentences.filter((s) => s.text.length <= MAX_SENTENCE_CHARS);
  // First pass: names of people, so later bare surnames ("Ishiba said") are known to be people.
  const known = new Set<string>();
  for (const s of usable)
    for (const e of findEntities(s.text))
      if (e.type === "person") for (const part of e.text.split(" ")) if (part.length >= 3) known.add(part);

  const facts: Fact[] = [];
  const seen = new Set<string>();
  sentences.forEach((sent, sentenceIndex) => {
    if (sent.text.length > MAX_SENTENCE_CHARS) return;
    const ents = findEntities(sent.text, known);
    const raws: RawFact[] = [...numberFacts(sent.text), ...entityFacts(sent.text, ents), ...phraseFacts(sent.text)];
    const before = sentences[sentenceIndex - 1];
    const context = opensWithPronoun(sent.text) && before && before.text.length <= MAX_SENTENCE_CHARS ? before.text : undefined;
    for (const r of raws) {
      const key = `${sentenceIndex}:${r.s}:${r.e}:${r.relation ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { s, e, ...rest } = r;
      const answer = sent.text.slice(s, e).trim();
      if (!answer) continue;
      facts.push({
        ...rest,
        id: `s${sentenceIndex}-${sent.start + s}-${r.kind}`,
        answer,
        answerStart: sent.start + s,
        answerEnd: sent.start + e,
        sentence: sent.text,
        start: sent.start,
        end: sent.end,
        sentenceIndex,
        ...(context ? { context } : {}),
      });
    }
  });
  return facts;
}
