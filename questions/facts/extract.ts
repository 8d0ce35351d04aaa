// Article sentences -> facts anchored to their source sentence and offsets.
import { meetingCueSet, pronounSet } from "../data";
import type { Sentence } from "../article";
import { findDocumentEntities, sentenceSubjects } from "../entities";
import { addIsoDate, dateFacts } from "./dates";
import { entityFacts, phraseFacts } from "./entity-facts";
import { numberFacts } from "./numbers";
import { quantityFacts } from "./quantities";
import { addReasonChoices, reasonFacts } from "./reasons";
import { annotate, slice, type Annotated } from "../nlp";
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

export interface ExtractOptions {
  /** When the article was published: resolves "on Saturday", "last week", "yesterday" to dates. */
  publishedAt?: Date;
  /** The article text the sentences index into, already read by the NLP base (see ../nlp). */
  annotated?: Annotated;
}

export function extractFacts(sentences: readonly Sentence[], opts: ExtractOptions = {}): Fact[] {
  // Run-on sentences are skipped everywhere; an empty string keeps the sentence indices aligned.
  const texts = sentences.map((s) => (s.text.length <= MAX_SENTENCE_CHARS ? s.text : ""));
  const allEnts = findDocumentEntities(texts);
  const subjects = sentenceSubjects(texts, allEnts);

  const facts: Fact[] = [];
  const seen = new Set<string>();
  const nlps: Annotated[] = [];
  // An excerpt that stops mid-sentence ("... roughly 95% of a population needs") ends on a
  // sentence without its full stop: what it says is cut off, so nothing is asked from it.
  const cutOff = sentences.length > 1 && sentences[sentences.length - 1]!.complete === false ? sentences.length - 1 : -1;
  sentences.forEach((sent, sentenceIndex) => {
    if (sent.text.length > MAX_SENTENCE_CHARS || sentenceIndex === cutOff) return;
    const ents = allEnts[sentenceIndex]!;
    const nlp = opts.annotated ? slice(opts.annotated, sent.start, sent.end) : annotate(sent.text);
    nlps[sentenceIndex] = nlp;
    const numbers = [...numberFacts(sent.text), ...quantityFacts(sent.text, nlp)];
    // "Rs6.9" or "KSh" taken for a name is part of the sum "Rs6.9 million", "KSh 3.5 million".
    const overlaps = (r: RawFact, n: RawFact) => n.s < r.e && r.s < n.e;
    const names = entityFacts(sent.text, ents).filter((r) => !numbers.some((n) => overlaps(r, n) && (n.kind === "money" || /\d/.test(sent.text.slice(r.s, r.e)))));
    const raws: RawFact[] = [...numbers, ...dateFacts(sent.text, opts.publishedAt), ...names, ...phraseFacts(sent.text), ...reasonFacts(sent.text, nlp)];
    for (const r of raws) addIsoDate(r, sent.text, opts.publishedAt);
    addMeetingSetting(raws, sent.text);
    const subj = subjects[sentenceIndex];
    const actor = subj ? (subj.canonical ?? subj.text) : undefined;
    const before = sentences[sentenceIndex - 1];
    const context = opensWithPronoun(sent.text) && before && before.text.length <= MAX_SENTENCE_CHARS ? before.text : undefined;
    for (const r of raws) {
      // A reason or outcome may span the same words as a name ("after the Gulf War"): both are kept.
      const key = `${sentenceIndex}:${r.s}:${r.e}:${r.relation ?? ""}:${r.cue ? r.entityType : ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { s, e, ...rest } = r;
      const answer = sent.text.slice(s, e).trim();
      if (!answer) continue;
      // The raw fact's own fields first, then these, in this order: what `{ ...rest, id, ... }`
      // gives. (Written as Object.assign onto `rest`, a fresh object: V8 adds each property after a
      // leading spread in a literal through a slow path, about 1 µs each, 14 µs a fact here.)
      facts.push(
        Object.assign(
          rest,
          {
            id: `s${sentenceIndex}-${sent.start + s}-${r.kind}${r.cue ? `-${r.entityType}` : ""}`,
            answer,
            answerStart: sent.start + s,
            answerEnd: sent.start + e,
            sentence: sent.text,
            start: sent.start,
            end: sent.end,
            sentenceIndex,
          },
          context ? { context } : {},
          actor && rest.actor === undefined && rest.canonical !== actor && answer !== actor ? { actor } : {},
        ),
      );
    }
  });
  addReasonChoices(facts, nlps, texts);
  return facts;
}

/**
 * A meeting fact's place ("at the premier's residence in Tokyo") and time ("on Monday"), as written:
 * the first ones after the meeting word ("meets ... in Washington on Monday"), or a time in an
 * opening phrase ("On Monday, ..."). A sentence may tell of two events, so nothing is guessed
 * from elsewhere in it.
 */
function addMeetingSetting(raws: RawFact[], s: string): void {
  const meetings = raws.filter((r) => r.kind === "meeting");
  if (!meetings.length) return;
  // The meeting word closest before the later participant: "visit ... Lee will meet Ishiba".
  const last = Math.max(...meetings.map((m) => m.s));
  const cues = [...s.matchAll(/[A-Za-z]+/g)].filter((m) => meetingCueSet.has(m[0].toLowerCase()));
  const cue = cues.filter((m) => m.index! < last).pop() ?? cues[0];
  const from = cue ? cue.index! : 0;
  const lead = /^[^,]{0,40},/.exec(s)?.[0].length ?? 0;
  const places = raws.filter((r) => r.kind === "place" && r.entityType !== "list" && r.s >= from && /\b(?:in|at|inside|near) (?:the )?$/.test(s.slice(Math.max(0, r.s - 8), r.s)));
  // The earliest place after the cue; of two starting together the longer phrase ("the residence in Tokyo").
  const where = places.sort((a, b) => a.s - b.s || b.e - a.e)[0];
  const dates = raws.filter((r) => r.kind === "date" && r.entityType !== "time").sort((a, b) => a.s - b.s);
  const when = dates.find((r) => r.s >= from) ?? dates.find((r) => r.e <= lead);
  for (const m of meetings) {
    if (where) m.where = s.slice(where.s, where.e);
    if (when) m.when = s.slice(when.s, when.e);
  }
}
