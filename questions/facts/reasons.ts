// Reasons and outcomes the article states plainly: why something happened ("in retaliation for new
// duties", "because of the storm", "after three deaths from the outbreak", "over fraud
// allegations") and what was agreed or decided ("agreed to resume talks", "voted to leave").
// The answer is the phrase after the cue, cut where the part-of-speech tags show it ends (a comma,
// a new clause, a purpose "to ...", a trailing time), never mid-phrase: no dangling "the", no
// half of a quotation, no half of an "A and B". Each fact carries the direct question its own
// clause gives, when the clause is plain enough ("Why did China raise tariffs on US goods?"), and
// wrong answers of the same shape taken from the article's other sentences.
import { englishWordSet, personVerbSet, words } from "../data";
import type { Annotated, NlpEntity, NlpToken } from "../nlp";
import type { RawFact } from "./raw";
import type { Fact, ReasonShape } from "./types";
import { pastToBase, presentToBase } from "./verbs";

/** Longest answer, in words: past this a choice is a passage to read, not a reason to recall. */
export const MAX_REASON_WORDS = 12;

type Ask = "why" | "what-over" | "what-caused" | "what-agreed" | "what-declared" | "none";

interface Cue {
  words: readonly string[];
  type: "reason" | "outcome";
  ask: Ask;
  /** The phrase after it may be a whole clause ("because the bridge closed"). */
  clause?: boolean;
  /** Outcomes: "to" must be followed by a verb ("decided to leave", not "decided to a ..."). */
  verbOnly?: boolean;
  /** Outcomes: the verb's object is the outcome ("declared a state of emergency"), never a clause or a name. */
  objectOnly?: boolean;
}

const CUES: readonly Cue[] = [
  { words: ["in", "retaliation", "for"], type: "reason", ask: "why" },
  { words: ["in", "response", "to"], type: "reason", ask: "why" },
  { words: ["as", "a", "result", "of"], type: "reason", ask: "why" },
  { words: ["because", "of"], type: "reason", ask: "why" },
  { words: ["because"], type: "reason", ask: "why", clause: true },
  { words: ["due", "to"], type: "reason", ask: "why" },
  { words: ["owing", "to"], type: "reason", ask: "why" },
  { words: ["caused", "by"], type: "reason", ask: "what-caused" },
  { words: ["triggered", "by"], type: "reason", ask: "what-caused" },
  { words: ["sparked", "by"], type: "reason", ask: "what-caused" },
  { words: ["prompted", "by"], type: "reason", ask: "what-caused" },
  { words: ["over"], type: "reason", ask: "what-over" },
  { words: ["after"], type: "reason", ask: "none", clause: true },
  ...["agreed", "agree", "agrees", "agreeing"].map((w) => ({ words: [w, "to"], type: "outcome" as const, ask: "what-agreed" as const })),
  ...["decided", "decide", "decides", "voted", "vote", "votes", "pledged", "pledge", "pledges", "vowed", "vow", "vows", "promised", "promise", "promises"].map((w) => ({
    words: [w, "to"],
    type: "outcome" as const,
    ask: "what-agreed" as const,
    verbOnly: true,
  })),
  // What a government or body declared or imposed: "declared a state of emergency", "imposed a
  // curfew", "declared martial law". The object itself is the outcome (see declaredObject).
  ...["declared", "declare", "declares", "imposed", "impose", "imposes"].map((w) => ({ words: [w], type: "outcome" as const, ask: "what-declared" as const, objectOnly: true })),
];

/**
 * The object a declaration or an imposition names: "a"/"an" and a noun phrase, or a bare common
 * noun ("martial law", "war"). Not "the" (a thing named before: "lifted the curfew" is a later step
 * of a story asked elsewhere), a pronoun, a name or a number.
 */
function declaredObject(toks: readonly NlpToken[], k: number): boolean {
  const first = toks[k];
  if (!first || toks[k - 1]!.pos !== "VERB") return false;
  if (/^an?$/i.test(first.text)) return toks[k + 1]?.pos === "NOUN" || toks[k + 1]?.pos === "ADJ";
  return (first.pos === "NOUN" || (first.pos === "ADJ" && toks[k + 1]?.pos === "NOUN")) && /^[a-z]/.test(first.text);
}

/** Words before "over" that make it a reason ("clashed over", "a row over"), not a number or a span ("over 5,000", "over the past year"). */
const OVER_CUE = /^(?:clash(?:ed|es)?|rows?|disputes?|disputed|tensions?|resentment|divided|split|protest(?:s|ed|ing)?|anger|angry|outrage|fury|concerns?|concerned|fears?|worries|criti(?:ci[sz]ed|cism)|sued|lawsuit|fined|overturned|arrested|charged|resign(?:ed|ation)|sacked|fired|ousted|impeached|suspended|expelled|banned|punished|accused|condemned|fight|battle|standoff|feud|spat|rift|quarrel|disagreements?|friction|boycott(?:ed)?|sanctions?|sanctioned|probe|investigated|penali[sz]ed|stripped|uproar|backlash|strikes?|walked)$/;

/** Before "after": a span of time ("two weeks after", "shortly after") makes it a date, not a reason. */
const TIME_BEFORE_AFTER = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|moments?|shortly|soon|just|immediately|right|long|morning|night|evening|afternoon|named|look|looks|looked|looking|sought)$/;
/** After "after", words that make it a time, not an event ("after midnight", "after that"). */
const TIME_WORDS = new Set([
  "midnight", "dawn", "noon", "dusk", "sunset", "sunrise", "lunch", "dinner", "breakfast", "weekend", "that", "this", "which", "all", "years", "months", "weeks", "days", "hours",
  "minutes", "decades", "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "last", "next", "earlier", "later", "some", "a", "an",
]);
/** Names of events a bare proper name may carry: "after the Gulf War" is an event, "after Kenya" is not. */
const EVENT_NAME = /^(?:War|Wars|Summit|Games|Olympics|Cup|Election|Elections|Revolution|Crisis|Conference|Agreement|Treaty|Accord|Attack|Attacks|Referendum|Spring|Uprising|Coup|Earthquake|Tsunami|Hurricane|Cyclone|Typhoon|Storm|Pandemic|Outbreak)$/;

const WH = new Set(["what", "whether", "how", "who", "whom", "why", "where", "when", "which"]);
const STOP_WORDS = new Set(["that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though", "as", "because", "since", "if", "unless", "until", "so", "than", "whether", "but", "yet"]);
const VAGUE_DETS = new Set(["this", "that", "these", "those", "such"]);
const QUOTES = new Set(['"', "“", "”", "‘", "’", "'", "«", "»"]);
const SUBJECT_PRONOUNS = new Set(["i", "you", "he", "she", "it", "we", "they"]);
const IRREGULAR_PARTICIPLES = new Set(["lost", "held", "built", "made", "left", "sent", "found", "kept", "known", "shown", "given", "taken", "seen", "done", "born", "hit", "cut", "set", "put", "led", "won", "brought", "bought", "caught", "paid", "sold", "told", "struck", "stolen", "broken", "chosen", "driven", "drawn", "thrown", "grown", "written", "spent"]);

const lower = (t: NlpToken | undefined) => t?.text.toLowerCase() ?? "";
const isQuote = (t: NlpToken) => QUOTES.has(t.text);
/** A hyphen inside a word ("human-caused"), which wink splits into three tokens. */
const wordHyphen = (toks: readonly NlpToken[], i: number) => /^[-–]$/.test(toks[i]!.text) && toks[i - 1]?.end === toks[i]!.start && toks[i + 1]?.start === toks[i]!.end;
/** An apostrophe closing a plural possessive ("the workers' union"), not a quotation mark. */
const possessiveMark = (toks: readonly NlpToken[], i: number) => /^['’]$/.test(toks[i]!.text) && toks[i - 1]?.end === toks[i]!.start && /s$/i.test(toks[i - 1]!.text) && toks[i + 1]?.start !== toks[i]!.end;
const isParticiple = (t: NlpToken) => /(?:ed|en|wn)$/i.test(t.text) || IRREGULAR_PARTICIPLES.has(t.text.toLowerCase());
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const NP_INNER = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
/** Words that may take a whole clause after them: "after Trump had threatened ...". */
const CLAUSE_TAKERS = new Set(["after", "before", "since", "until", "once", "as", "because", "when", "while", "if"]);

/** The time entity (a date, time or duration) that starts at token `i`, if any. */
function timeAt(ents: readonly NlpEntity[], i: number): boolean {
  return ents.some((e) => e.first === i && (e.kind === "DATE" || e.kind === "TIME" || e.kind === "DURATION"));
}

/** A time phrase begins here: "in 1879", "on Tuesday", "last week", "over the past year". */
function timeStarts(toks: readonly NlpToken[], ents: readonly NlpEntity[], i: number): boolean {
  if (timeAt(ents, i)) return true;
  const t = toks[i]!;
  if (t.pos !== "ADP" && lower(t) !== "since") return false;
  if (timeAt(ents, i + 1)) return true;
  return lower(toks[i + 1]) === "the" && timeAt(ents, i + 2);
}

/** Whether an "and" at `i` starts a new clause ("and closed schools", "and prices rose") rather than joining two nouns. */
function newClauseAfterAnd(toks: readonly NlpToken[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return true;
  // "and rising fuel costs": a participle before its noun still joins two noun phrases.
  if (next.pos === "VERB" && /ing$/.test(next.text) && toks[i + 2]?.pos === "NOUN") return false;
  if (["VERB", "AUX", "ADV", "PRON", "SCONJ", "PART", "ADP", "CCONJ"].includes(next.pos)) return true;
  let j = i + 1;
  while (j < toks.length && (NP_INNER.has(toks[j]!.pos) || wordHyphen(toks, j))) j++;
  const after = toks[j];
  return after !== undefined && (after.pos === "AUX" || (after.pos === "VERB" && !(isParticiple(after) && toks[j + 1]?.pos === "ADP")));
}

interface Walk {
  /** Index after the phrase's last token. */
  end: number;
  shape: ReasonShape;
}

/**
 * The phrase starting at token `k`, as far as it runs in one piece (see the header). `clauseOk`
 * lets a noun phrase followed by its verb become a clause ("after the rand fell sharply").
 * Undefined when the phrase cannot be ended cleanly within MAX_REASON_WORDS words.
 */
export function walkPhrase(toks: readonly NlpToken[], ents: readonly NlpEntity[], k: number, start: ReasonShape, clauseOk: boolean, strict = false): Walk | undefined {
  let shape = start;
  let quote = false;
  /** Token indices a phrase may end before, when the whole of it is too long or breaks off. */
  const cuts: number[] = [];
  let verbAt = -1;
  let verbBreak = false;
  let i = k;
  // Words before each token index from k on (quotes, punctuation and "'s" are not words).
  const counted: number[] = [0];
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    const w = lower(t);
    const next = toks[i + 1];
    const prev = toks[i - 1];
    counted[i + 1 - k] = counted[i - k]! + (isQuote(t) || t.pos === "PART" || t.pos === "PUNCT" ? 0 : 1);
    if (counted[i - k]! > MAX_REASON_WORDS + 6) break;
    if (isQuote(t) && !possessiveMark(toks, i)) {
      // A quotation opening inside the phrase must close inside it: the whole of "well below".
      if (!quote && next && next.start === t.end) {
        quote = true;
        continue;
      }
      if (quote) {
        quote = false;
        if (prev && (NOMINAL.has(prev.pos) || prev.pos === "ADJ")) cuts.push(i + 1);
        continue;
      }
      break;
    }
    if (t.pos === "PUNCT") {
      if (wordHyphen(toks, i) || possessiveMark(toks, i)) continue;
      break;
    }
    if (i > k && !quote && timeStarts(toks, ents, i)) break;
    // "... after the envoy warned": a time or a clause of its own begins.
    if (i > k && (t.pos === "SCONJ" || STOP_WORDS.has(w) || WH.has(w) || CLAUSE_TAKERS.has(w))) break;
    if (t.pos === "CCONJ") {
      if (w !== "and" && w !== "or") break;
      if (shape !== "verb" && newClauseAfterAnd(toks, i)) break;
      continue;
    }
    if (i > k && w === "to" && t.pos === "PART" && next?.pos === "VERB") {
      // "authority to use force" completes a noun; "sent troops to restore order" adds a purpose.
      if (strict || prev?.pos !== "NOUN") break;
      cuts.push(i);
      continue;
    }
    if (t.pos === "AUX") {
      if (shape === "clause") continue;
      if (clauseOk && i > k && shape === "noun") {
        shape = "clause";
        verbAt = i;
        continue;
      }
      verbBreak = true;
      break;
    }
    if (t.pos === "VERB") {
      const ing = /ing$/i.test(t.text);
      if (i === k && ing && start === "noun") {
        // "winning the rerun" takes an object; "flooding in China" is a noun.
        shape = next && ["DET", "PROPN", "PRON", "NUM"].includes(next.pos) ? "gerund" : "noun";
        continue;
      }
      if (shape === "clause" || shape === "verb" || shape === "gerund") {
        if (shape === "gerund" && !ing && !(isParticiple(t) && next?.pos === "ADP") && !NOMINAL.has(next?.pos ?? "")) break;
        if (next?.pos === "ADP" || NOMINAL.has(next?.pos ?? "")) cuts.push(i + 1);
        continue;
      }
      // Before its noun: "rising prices", "a hotly disputed election".
      const attributive = (i === k || ["DET", "ADJ", "ADV", "NUM", "ADP", "CCONJ"].includes(prev?.pos ?? "") || wordHyphen(toks, i - 1)) && next && ["NOUN", "PROPN", "ADJ"].includes(next.pos);
      if ((ing || isParticiple(t)) && attributive) continue;
      // After its noun: "deaths linked to ...", not "Lampert built up ..." (a name and its verb).
      if (!strict && isParticiple(t) && prev?.pos === "NOUN" && next && (next.pos === "ADP" || next.pos === "ADV") && lower(next) !== "that") continue;
      if (clauseOk && i > k) {
        shape = "clause";
        verbAt = i;
        continue;
      }
      verbBreak = true;
      break;
    }
    if (t.pos === "PRON" && i > k && shape === "noun" && !/^(?:his|her|its|their|our|my|your)$/.test(w)) break;
    // "a joint statement | the merger ...": a determiner right after a noun starts another phrase.
    if (t.pos === "DET" && shape !== "clause" && shape !== "verb" && prev && NOMINAL.has(prev.pos)) break;
    // A clean place to cut: after a noun, before a preposition or a participle ("deaths | linked to").
    // Never inside "A and B": cutting there leaves half of what the article gives.
    if (!quote && NOMINAL.has(t.pos) && next && (next.pos === "ADP" || next.pos === "VERB") && lower(next) !== "of" && lower(next) !== "'s" && !toks.slice(Math.max(k, i - 2), i).some((x) => x.pos === "CCONJ"))
      cuts.push(i + 1);
  }
  if (quote) return undefined;
  // A verb after a noun phrase starts a clause of its own: the phrase ended before its subject
  // ("tariffs on imports after | Trump had threatened ...").
  let end = i;
  if (verbBreak) {
    // The noun phrase before the verb: its subject when a word such as "after" introduced it, or
    // the end of the phrase when the verb is the sentence's own ("a landslide triggered by
    // flooding in China | has risen").
    let np = i;
    while (np > k && (NP_INNER.has(toks[np - 1]!.pos) || wordHyphen(toks, np - 1))) np--;
    if (CLAUSE_TAKERS.has(lower(toks[np - 1]))) {
      const cut = cuts.filter((c) => c < np && usableCut(c, k, counted, shape, verbAt)).pop();
      return cut ? { end: cut, shape } : undefined;
    }
    end = i;
  }
  if (end <= k) return undefined;
  const last = toks[end - 1]!;
  const okLast =
    NOMINAL.has(last.pos) ||
    isQuote(last) ||
    (last.pos === "ADJ" && end - k > 1) ||
    ((shape === "clause" || shape === "verb" || shape === "gerund") && (last.pos === "VERB" || last.pos === "ADV" || (last.pos === "PRON" && !/^(?:his|her|its|their|our|my|your)$/i.test(last.text)))) ||
    (last.pos === "VERB" && isParticiple(last)) ||
    // "was ruled out", "built up": a verb's particle.
    (shape === "clause" && last.pos === "ADP" && /^(?:out|up|off|down|away|back)$/i.test(last.text) && toks[end - 2]?.pos === "VERB");
  if (okLast && wordsBefore(counted, k, end) <= MAX_REASON_WORDS) return { end, shape };
  const cut = cuts.filter((c) => c < end && usableCut(c, k, counted, shape, verbAt)).pop();
  return cut ? { end: cut, shape } : undefined;
}

/** Words of the phrase from token k up to token `end`, from the running counts walkPhrase keeps. */
const wordsBefore = (counted: readonly number[], k: number, end: number) => counted[end - k] ?? counted[counted.length - 1]!;

/** A cut at token `c` leaves a phrase of two words or more, not too long, and after a clause's verb. */
const usableCut = (c: number, k: number, counted: readonly number[], shape: ReasonShape, verbAt: number) =>
  c > k && wordsBefore(counted, k, c) <= MAX_REASON_WORDS && wordsBefore(counted, k, c) >= 2 && (shape !== "clause" || c > verbAt);

/** Words of a phrase (quotes and punctuation aside). */
const phraseWords = (toks: readonly NlpToken[], a: number, b: number) => toks.slice(a, b).filter((t) => !isQuote(t) && t.pos !== "PUNCT" && t.pos !== "PART");

/** A phrase that can stand as an answer: not vague, not a bare name, not a number with its unit. */
function fitPhrase(toks: readonly NlpToken[], a: number, b: number, shape: ReasonShape, cue: string): boolean {
  const ws = phraseWords(toks, a, b);
  const first = toks[a]!;
  const fw = lower(first);
  if (ws.length < 1 || (ws.length < 2 && shape !== "verb")) return false;
  // "its high cost" is the clause's own subject's; "it", "this" point outside the phrase.
  if ((first.pos === "PRON" && !/^(?:its|their|his|her)$/.test(fw)) || VAGUE_DETS.has(fw) || WH.has(fw) || SUBJECT_PRONOUNS.has(fw)) return false;
  if (shape === "clause" && SUBJECT_PRONOUNS.has(lower(toks[a]))) return false;
  // "over 5,000", "27 homes": a quantity is a number question, not a reason.
  if (/^\$?[\d,.]+\s*\p{L}*$/u.test(ws.map((t) => t.text).join(" "))) return false;
  if (shape === "noun" && !ws.some((t) => t.pos === "NOUN" || (t.pos === "VERB" && /ing$/.test(t.text)))) {
    // Only a proper name: an event's name ("the Gulf War"), not a country ("after Kenya").
    if (!EVENT_NAME.test(ws[ws.length - 1]!.text)) return false;
  }
  if (cue === "after") {
    if (TIME_WORDS.has(fw) && fw !== "a" && fw !== "an") return false;
    // "after two weeks", "after 48 hours"; "after three deaths from the outbreak" is an event.
    if (first.pos === "NUM" && /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|seconds?)$/i.test(toks[a + 1]?.text ?? "")) return false;
    if ((fw === "a" || fw === "an") && /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|while|time|week|month)$/i.test(toks[a + 1]?.text ?? "")) return false;
  }
  return true;
}

/** Where the cue sits inside quotation marks: what someone said, not what the article states. */
function insideQuote(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return straight || curly;
}

const CUES_BY_FIRST = new Map<string, Cue[]>();
for (const c of CUES) CUES_BY_FIRST.set(c.words[0]!, [...(CUES_BY_FIRST.get(c.words[0]!) ?? []), c]);

/** Matches of the cue table at token `i`: the longest cue first. */
function cueAt(toks: readonly NlpToken[], i: number): Cue | undefined {
  const cues = CUES_BY_FIRST.get(lower(toks[i]));
  if (!cues) return undefined;
  for (const c of cues) if (c.words.every((w, j) => lower(toks[i + j]) === w)) return c;
  return undefined;
}

/** Reason and outcome facts of one sentence, from its tokens (offsets within the sentence). */
export function reasonFacts(s: string, nlp: Annotated): RawFact[] {
  const toks = nlp.tokens;
  const ents = nlp.entities;
  const out: RawFact[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const cue = cueAt(toks, i);
    if (!cue) continue;
    const k = i + cue.words.length;
    const first = toks[k];
    if (!first || taken.has(i) || insideQuote(s, toks[i]!.start)) continue;
    const cueWord = lower(toks[i]);
    const prev = toks[i - 1];
    if (cue.type === "outcome") {
      if (toks[i]!.pos !== "VERB" && toks[i]!.pos !== "AUX") continue; // "a vote to ...", "a promise to ..."
      if (cue.verbOnly && first.pos !== "VERB") continue;
      // "declared a state of emergency", "imposed martial law"; not "declared that ...", "declared
      // him the winner", "was declared the winner" (a passive names its subject's new status).
      if (cue.objectOnly && !declaredObject(toks, k)) continue;
    }
    if (cueWord === "over") {
      const window = toks.slice(Math.max(0, i - 6), i).map(lower);
      if (!window.some((w) => OVER_CUE.test(w)) || first.pos === "NUM" || timeStarts(toks, ents, k) || timeAt(ents, k)) continue;
    }
    if (cueWord === "after") {
      // "two weeks after the vote" is a date; "closed for two days after a pipe burst" is not.
      const forSpan = lower(toks[i - 3]) === "for" || lower(toks[i - 2]) === "for";
      if (prev && TIME_BEFORE_AFTER.test(lower(prev)) && !(forSpan && /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/.test(lower(prev)))) continue;
      if (prev?.pos === "NUM") continue;
      if (timeAt(ents, k) || first.pos === "NUM" && timeAt(ents, k)) continue;
      // "After winning the vote, she ...": one actor's two steps in turn, not a cause.
      if (i === 0 && first.pos === "VERB") continue;
      // "..., he told reporters after the meeting": when something was said, not why it happened.
      const clauseBefore = toks.slice(0, i).map(lower);
      if (clauseBefore.some((w) => personVerbSet.has(w))) continue;
    }
    if (cueWord === "due" && first.pos === "VERB" && !/(?:ing|s|ed)$/.test(first.text)) continue; // "due to start"
    const startShape: ReasonShape = cue.type === "outcome" && first.pos === "VERB" ? "verb" : "noun";
    const bareBecause = cue.words.length === 1 && cueWord === "because";
    const walk = walkPhrase(toks, ents, k, bareBecause ? "clause" : startShape, cue.clause === true);
    if (!walk) continue;
    // What was declared is the noun phrase alone: "martial law", not "martial law in the capital";
    // "a state of emergency" keeps its "of".
    if (cue.objectOnly) {
      const prep = toks.findIndex((t, j) => j > k && j < walk.end && t.pos === "ADP" && lower(t) !== "of");
      if (prep > 0) walk.end = prep;
    }
    if (!fitPhrase(toks, k, walk.end, walk.shape, cueWord)) continue;
    if (bareBecause && walk.shape !== "clause") continue;
    const a0 = first.start;
    const a1 = toks[walk.end - 1]!.end;
    const fact: RawFact = {
      kind: "other",
      entityType: cue.type,
      s: a0,
      e: a1,
      cue: s.slice(toks[i]!.start, toks[k - 1]!.end),
      shape: walk.shape,
    };
    // "a landslide triggered by flooding | has killed 25": the sentence's own verb follows, so a
    // claim cannot stop at the phrase.
    const after = toks[walk.end];
    if (after && (after.pos === "AUX" || after.pos === "VERB")) fact.midClause = true;
    const ask = directAsk(s, toks, i, k, cue, walk.shape);
    if (ask) fact.ask = ask;
    out.push(fact);
    for (let j = i; j < walk.end; j++) taken.add(j);
  }
  return out;
}

// ---- Direct questions from the clause before the cue ----

const capitalise = (x: string) => x[0]!.toUpperCase() + x.slice(1);

/** The subject as it reads inside a question: "The council" -> "the council", names kept. */
function subjectText(s: string, toks: readonly NlpToken[], a: number, b: number): string {
  const text = s.slice(toks[a]!.start, toks[b - 1]!.end);
  const first = toks[a]!;
  const lw = lower(first);
  // The tagger takes a capitalised plural opening a sentence for a name: "Fishermen", "Lawmakers".
  const groupNoun = a === 0 && /(?:men|ers|ists|ians|ants|ents|ors|ives)$/.test(lw) && toks[a + 1]?.pos !== "PROPN";
  const common = first.pos === "DET" || first.pos === "ADJ" || first.pos === "NOUN" || first.pos === "NUM" || englishWordSet.has(lw) || englishWordSet.has(lw.replace(/s$/, "")) || groupNoun;
  return common && !/^[A-Z]{2,}/.test(first.text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Where the clause holding the cue starts: after an opening phrase ("On Monday, ") or a semicolon or dash. */
function clauseStart(toks: readonly NlpToken[], cue: number): number {
  let start = 0;
  for (let j = 0; j < cue; j++) {
    const t = toks[j]!;
    if (t.text === ";" || /^(?:—|–|--)$/.test(t.text)) start = j + 1;
  }
  const opener = toks[start];
  if (opener && (opener.pos === "ADP" || opener.pos === "ADV" || opener.pos === "SCONJ" || (lower(opener) === "there" && toks[start + 1]?.text === ","))) {
    const comma = toks.findIndex((t, j) => j > start && j < cue && t.text === ",");
    if (comma > 0) start = comma + 1;
  }
  return start;
}

/** The noun phrase just before `at` ("a landslide" before "triggered by"), as [start, end). */
function nounPhraseBefore(toks: readonly NlpToken[], at: number): [number, number] | undefined {
  let b = at;
  while (b > 0 && toks[b - 1]!.pos === "AUX") b--;
  let a = b;
  while (a > 0) {
    const t = toks[a - 1]!;
    if (t.pos === "DET") {
      a--;
      break;
    }
    const joins = (lower(t) === "of" || lower(t) === "and") && a - 1 > 0 && NOMINAL.has(toks[a - 2]!.pos);
    if (NP_INNER.has(t.pos) || wordHyphen(toks, a - 1) || joins) a--;
    else break;
  }
  if (a >= b || !toks.slice(a, b).some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return undefined;
  if (toks[b - 1]!.pos === "ADP" || toks[b - 1]!.pos === "DET") return undefined;
  if (VAGUE_DETS.has(lower(toks[a]))) return undefined;
  return [a, b];
}

/**
 * The question the clause itself gives: "China raised tariffs on US goods in retaliation for ..."
 * -> "Why did China raise tariffs on US goods?"; "Lawmakers have clashed with officials over ..."
 * -> "What have lawmakers clashed with officials over?"; "The alliance decided to move ..." ->
 * "What did the alliance decide to do?"; "a landslide triggered by ..." -> "What triggered the
 * landslide?". Undefined when the subject, verb and the words between are not plain enough.
 */
function directAsk(s: string, toks: readonly NlpToken[], cueIdx: number, k: number, cue: Cue, shape: ReasonShape): string | undefined {
  if (cue.ask === "none") return undefined;
  if (cue.ask === "what-caused") {
    const np = nounPhraseBefore(toks, cueIdx);
    if (!np) return undefined;
    let text = s.slice(toks[np[0]]!.start, toks[np[1] - 1]!.end);
    text = text.replace(/^(?:a|an|A|An)\s/, "the ");
    if (/^The\s/.test(text)) text = `the ${text.slice(4)}`;
    return `What ${lower(toks[cueIdx])} ${text}?`;
  }
  const start = clauseStart(toks, cueIdx);
  // The subject: a plain noun phrase up to the verb.
  let v = start;
  while (v < cueIdx && toks[v]!.pos !== "AUX" && toks[v]!.pos !== "VERB") v++;
  if (v === start || v > cueIdx || (v === cueIdx && cue.type !== "outcome")) return undefined;
  const subj = toks.slice(start, v);
  if (subj.length > 8 || subj.some((t, j) => (t.pos === "PUNCT" && !wordHyphen(toks, start + j)) || t.pos === "PRON" || t.pos === "SCONJ" || isQuote(t))) return undefined;
  if (!subj.some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return undefined;
  // The verb group: auxiliaries, adverbs, the main verb.
  let m = v;
  const aux: NlpToken[] = [];
  const advs: NlpToken[] = [];
  while (m < cueIdx && (toks[m]!.pos === "AUX" || toks[m]!.pos === "ADV" || lower(toks[m]) === "n't" || lower(toks[m]) === "not")) {
    if (lower(toks[m]) === "not" || lower(toks[m]) === "n't" || lower(toks[m]) === "never") return undefined;
    (toks[m]!.pos === "AUX" ? aux : advs).push(toks[m]!);
    m++;
  }
  const main = cue.type === "outcome" ? toks[cueIdx]! : toks[m];
  if (!main || main.pos !== "VERB") return undefined;
  const restStart = cue.type === "outcome" ? cueIdx : m + 1;
  const rest = toks.slice(restStart, cueIdx);
  // The words between the verb and the cue: objects and places, no second clause.
  if (rest.length > 12) return undefined;
  for (let j = restStart; j < cueIdx; j++) {
    const t = toks[j]!;
    if ((t.pos === "PUNCT" && !wordHyphen(toks, j) && !possessiveMark(toks, j)) || isQuote(t) || t.pos === "SCONJ" || t.pos === "AUX") return undefined;
    if (t.pos === "PRON" && !/^(?:his|her|its|their)$/i.test(t.text)) return undefined;
    if (t.pos === "VERB" && !/ing$/.test(t.text) && lower(toks[j - 1]) !== "to" && !(isParticiple(t) && NOMINAL.has(toks[j - 1]?.pos ?? ""))) return undefined;
    if (STOP_WORDS.has(lower(t)) || WH.has(lower(t))) return undefined;
  }
  if (cue.type === "outcome" && m !== cueIdx) return undefined; // "agreed" must be the verb right after the subject and its auxiliaries
  const subject = subjectText(s, toks, start, v);
  const between = rest.length ? ` ${s.slice(rest[0]!.start, rest[rest.length - 1]!.end)}` : "";
  const adv = advs.map((t) => ` ${t.text}`).join("");
  // With an auxiliary the first one moves: "Why has Samoa declared ...?", "Why were troops sent ...?"
  let head: string;
  if (aux.length) {
    const restAux = aux.slice(1).map((t) => ` ${t.text}`).join("");
    head = `${lower(aux[0])} ${subject}${restAux}${adv} ${main.text}`;
  } else {
    const w = main.text.toLowerCase();
    const past = pastToBase(w);
    const present = presentToBase(w);
    if (past && past !== w) head = `did ${subject}${adv} ${past}`;
    else if (present && /s$/.test(w)) head = `does ${subject}${adv} ${present}`;
    else return undefined;
  }
  if (cue.ask === "what-declared") return `What ${head}?`;
  if (cue.type === "outcome") return shape === "verb" ? `What ${head} to do?` : `What ${head} to?`;
  if (cue.ask === "what-over") {
    // "Lawmakers clashed with officials over ...", not "... resentment over ..." (the noun's, not the verb's).
    if (shape !== "noun" || !OVER_CUE.test(main.text.toLowerCase()) || rest.some((t) => OVER_CUE.test(lower(t)))) return undefined;
    return `What ${head}${between} over?`;
  }
  return `${capitalise("why")} ${head}${between}?`;
}

// ---- Wrong answers of the same shape from the article's other sentences ----

const FUNCTION_WORDS = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "its", "his", "her", "their", "this", "that", "these", "those", "over", "after", "into", "as",
  "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "s", "said", "says", "new",
  "any", "some", "all", "both", "each", "every", "many", "much", "few", "several", "other", "another", "such", "own", "very", "more", "most", "than",
]);

/** `w.replace(/(?:ies|es|s)$/, "")` without a search per word: the longest ending goes. */
const withoutPluralEnding = (w: string) => (w.endsWith("ies") ? w.slice(0, -3) : w.endsWith("es") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w);

/** Content words of a text, lowercased: what two phrases must not share to be told apart. */
export function contentWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w))
    .map(withoutPluralEnding);
}

/** Phrases of one shape in a sentence: objects of verbs and prepositions, infinitives, the clause that opens it. */
export function phrasesIn(s: string, nlp: Annotated, shape: ReasonShape): string[] {
  const toks = nlp.tokens;
  const out: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (shape === "noun" && prev && (prev.pos === "ADP" || prev.pos === "VERB") && ["DET", "ADJ", "NOUN"].includes(t.pos)) starts.push(i);
    if (shape === "gerund" && t.pos === "VERB" && /ing$/.test(t.text) && prev?.pos === "ADP") starts.push(i);
    if (shape === "verb" && t.pos === "VERB" && prev && lower(prev) === "to" && prev.pos === "PART") starts.push(i);
  }
  const opening = clauseStart(toks, toks.length);
  if (shape === "clause" && toks[opening] && ["DET", "ADJ", "NOUN", "PROPN"].includes(toks[opening].pos)) starts.push(opening);
  // The subject: "Heavy rain closed the pass" offers "heavy rain".
  if (shape === "noun" && toks[opening] && ["DET", "ADJ", "NOUN"].includes(toks[opening].pos) && !starts.includes(opening)) starts.push(opening);
  for (const k of starts) {
    const walk = walkPhrase(toks, nlp.entities, k, shape === "gerund" || shape === "clause" ? "noun" : shape, shape === "clause", true);
    if (!walk || walk.shape !== shape) continue;
    const span = toks.slice(k, walk.end);
    const ws = phraseWords(toks, k, walk.end);
    if (ws.length < 2 || span.some(isQuote) || !fitPhrase(toks, k, walk.end, walk.shape, "")) continue;
    // A clause that reports what someone said is a claim, not an event.
    if (shape === "clause" && (!ws.some((t) => t.pos === "VERB") || SUBJECT_PRONOUNS.has(lower(toks[k])) || ws.some((t) => personVerbSet.has(lower(t))))) continue;
    // Names, figures, times and pronouns make other kinds of answer: "Prime Minister Gilani", "$8.5bn", "it".
    if (ws.filter((t) => t.pos === "PROPN").length * 2 > ws.length) continue;
    if (span.some((t) => t.pos === "PRON")) continue;
    if (span.some((t) => /^(?:according|including|such|other|another|same|per|more|less|past)$/i.test(t.text))) continue;
    if (nlp.entities.some((e) => e.first < walk.end && e.last >= k && e.kind !== "ORDINAL")) continue;
    if (span.some((t) => t.pos === "NUM" || /\d/.test(t.text))) continue;
    // A noun phrase ends on its noun: "the spread of the disease", not "the disease over the past".
    const last = span[span.length - 1]!;
    if (shape === "noun" && last.pos !== "NOUN" && last.pos !== "PROPN") continue;
    if (shape === "noun" && TIME_HEADS.test(last.text)) continue;
    let text = s.slice(toks[k]!.start, toks[walk.end - 1]!.end);
    if (k === opening) text = subjectText(s, toks, k, walk.end);
    out.push(text);
  }
  return out;
}

/** Nouns of time: "the week", "the past year" are not events. */
const TIME_HEADS = /^(?:day|days|week|weeks|month|months|year|years|decade|decades|time|times|period|hours?|minutes?|moment|morning|evening|night|weekend|season|quarter|date)$/i;

const wordCount = (x: string) => x.split(/\s+/).filter((w) => !/^["“”'‘’]$/.test(w)).length;

/** Nouns that name something happening: a reason is an event ("the deaths", "a row"), seldom a thing ("a French bank"). */
const EVENT_NOUN =
  /(?:tion|sion|ment|ance|ence|ure|ing|ism|sis|ancy|ency)s?$|^(?:trial|approval|arrival|withdrawal|removal|refusal|proposal|dismissal|renewal|revival|war|wars|attacks?|strikes?|crash(?:es)?|votes?|deals?|talks|protests?|rall(?:y|ies)|fires?|floods?|storms?|rains?|outbreaks?|deaths?|killings?|arrests?|fall|rise|drop|surge|cuts?|loss(?:es)?|bans?|rows?|disputes?|threats?|claims?|comments?|remarks?|fears?|concerns?|pressure|demands?|shortages?|crisis|delays?|collapse|wins?|defeat|victory|rulings?|verdicts?|decisions?|plans?|reports?|warnings?|visits?|meetings?|summits?|truce|ceasefire|pacts?|treaty|increases?|declines?|shortfall|slump|boom|spree|riots?|clash(?:es)?|raids?|blasts?|explosions?|earthquakes?|quakes?|drought|famine|epidemic|shooting|scandal|allegations?|charges?|sanctions?|tariffs?|duties|curbs?|measures?|rules?|reforms?|changes?|growth|inflation|unrest|violence|tensions?|criticism|pressure|backlash|launch|closure|mergers?|takeovers?|sales?|bids?|offers?|purchases?|rescue|recovery|probes?|inquir(?:y|ies)|lawsuits?|appeals?|release|damage|outages?|costs?|prices?|rates?|demand|supply|debts?|deficits?|profits?|layoffs?|injur(?:y|ies)|accidents?|failures?|errors?|mistakes?|fraud|corruption|abuse|misconduct)$/i;

/** Nouns the endings above take for events that name things: "the nation", "the government", "infrastructure". */
const NOT_EVENT =
  /^(?:nations?|stations?|corporations?|organi[sz]ations?|institutions?|foundations?|administrations?|populations?|commissions?|television|divisions?|positions?|federations?|associations?|coalitions?|constitutions?|delegations?|generations?|locations?|sections?|portions?|governments?|parliaments?|departments?|apartments?|equipment|environment|documents?|instruments?|monuments?|elements?|segments?|management|agenc(?:y|ies)|presidency|currenc(?:y|ies)|constituenc(?:y|ies)|structures?|infrastructure|cultures?|figures?|pictures?|nature|future|legislatures?|buildings?|evenings?|mornings?|ceilings?|audiences?|residences?|provinces?|science|evidence|experience|intelligence|independence|distance|finance|ordinance|insurance|tourism)$/i;

/** The noun a phrase is about: the last noun before its first preposition ("comments" in "comments from the Fed"). */
function headNoun(text: string): string {
  const ws = text.split(/\s+/);
  const cut = ws.findIndex((w, i) => i > 0 && /^(?:of|from|in|on|at|to|for|by|with|over|under|against|between|into|about|through|across|near|behind|during|since|after|before|amid|despite|without|within|among|towards?|linked|caused)$/i.test(w));
  const before = cut > 0 ? ws.slice(0, cut) : ws;
  return (before[before.length - 1] ?? "").replace(/[^\p{L}-]/gu, "");
}

/** Length of the slices `overlapTest` indexes strings by. */
const GRAM = 8;
/** Up to this many phrases, `overlapTest` asks each in turn. */
const DIRECT_OVERLAP_TEST = 64;

/**
 * A test of whether a text is part of one of `phrases` or holds one of them whole (as
 * `phrases.some((x) => x.includes(text) || text.includes(x))` answers it), through an index of
 * their slices: asking the list itself for every phrase of every sentence grew with the square
 * of the article.
 */
function overlapTest(phrases: readonly string[]): (text: string) => boolean {
  const distinct = [...new Set(phrases)];
  // A short list is quicker asked directly than indexed.
  if (distinct.length <= DIRECT_OVERLAP_TEST) return (text) => distinct.some((x) => x.includes(text) || text.includes(x));
  // Each slice of GRAM characters -> the phrases it occurs in: a text of GRAM characters or more
  // lies inside a phrase only if that phrase holds the text's first slice.
  const inside = new Map<string, Set<string>>();
  // Each phrase of GRAM characters or more by its first slice: a text holds it only where the
  // text has that slice; the few shorter phrases are tried one by one.
  const byStart = new Map<string, string[]>();
  const short: string[] = [];
  for (const x of distinct) {
    if (x.length < GRAM) {
      short.push(x);
      continue;
    }
    for (let p = 0; p + GRAM <= x.length; p++) {
      const g = x.slice(p, p + GRAM);
      const set = inside.get(g);
      if (set) set.add(x);
      else inside.set(g, new Set([x]));
    }
    const g = x.slice(0, GRAM);
    const list = byStart.get(g);
    if (list) list.push(x);
    else byStart.set(g, [x]);
  }
  return (text) => {
    if (text.length < GRAM) {
      if (distinct.some((x) => x.includes(text))) return true;
    } else {
      for (const x of inside.get(text.slice(0, GRAM)) ?? []) if (x.includes(text)) return true;
    }
    if (short.some((x) => text.includes(x))) return true;
    for (let p = 0; p + GRAM <= text.length; p++) for (const x of byStart.get(text.slice(p, p + GRAM)) ?? []) if (text.startsWith(x, p)) return true;
    return false;
  };
}

/**
 * Wrong answers for each reason and outcome fact: phrases of its shape and about its length,
 * chosen so that none of them could also be right. A news story is about one event, and its
 * other sentences tell of that event again in other words ("the epidemic", "the spread of the
 * disease" beside "several deaths linked to a measles outbreak"), so a phrase is taken only
 * - when none of its words is one the article keeps coming back to (its topic) or one of the
 *   fact's own sentence,
 * - from a sentence that shares at most one content word with the fact's sentence, besides the
 *   story's recurring names (a sentence stating a reason offers that reason whole, never a part),
 * - and, for another reason or outcome the article states, only when the two are not both in the
 *   lead (where they are likely the same event's).
 * A noun phrase must name something that happens ("dovish comments", not "a news conference")
 * and hold two content words at least ("the concerns" says nothing). Choices share no content
 * word with each other; the closest in length come first. Deterministic.
 */
export function addReasonChoices(facts: Fact[], nlps: readonly (Annotated | undefined)[], sentences: readonly string[]): void {
  const asked = facts.filter((f) => f.entityType === "reason" || f.entityType === "outcome");
  if (!asked.length) return;
  const statedOverlaps = overlapTest(asked.map((f) => f.answer));
  // A sentence that leans on the one before ("It also agreed to ...") tells of that one's actor.
  const contextOf = new Map<number, string>();
  for (const f of facts) if (f.context) contextOf.set(f.sentenceIndex, f.context);
  const sentenceWords = sentences.map((x, i) => new Set([...contentWordsOf(x), ...contentWordsOf(contextOf.get(i) ?? "")]));
  // Words in three sentences or more (in short stories, two): the story's actors and its topic.
  // Its topic is the common words among them ("measles", "outbreak"); names ("Japan") recur in
  // every sentence of a story without making two sentences tell of one event.
  const counts = new Map<string, number>();
  for (const ws of sentenceWords) for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  const often = sentences.length >= 12 ? 3 : 2;
  const frequent = new Set([...counts].filter(([, n]) => n >= often).map(([w]) => w));
  const lowercase = new Set(sentences.flatMap((x) => contentWordsOf(x.replace(/\b\p{Lu}[\p{L}'’.-]*/gu, " "))));
  const topic = new Set([...frequent].filter((w) => lowercase.has(w)));
  interface Candidate {
    text: string;
    sentence: number;
    words: string[];
    shape: ReasonShape;
    /** Another reason or outcome the article states. */
    stated?: boolean;
  }
  // "its roof" belongs to its own sentence's museum: moved into another question it points nowhere.
  const offTopic = (c: Candidate) => c.words.length > 0 && !c.words.some((w) => topic.has(w)) && !/\b(?:his|her|its|their|our|my|your)\b/i.test(c.text);
  const statedOf = (shape: ReasonShape) => asked.filter((f) => (f.shape ?? "noun") === shape).map((f) => ({ text: f.answer, sentence: f.sentenceIndex, words: contentWordsOf(f.answer), shape, stated: true }));
  // A sentence is read for phrases only when some fact may take them (mining every sentence was
  // most of this step's time): memoised by sentence and shape.
  const mined = new Map<string, Candidate[]>();
  const minedIn = (i: number, shape: ReasonShape): Candidate[] => {
    const key = `${i}|${shape}`;
    let list = mined.get(key);
    if (!list) {
      list = [];
      const nlp = nlps[i];
      if (nlp && sentences[i])
        for (const text of phrasesIn(sentences[i]!, nlp, shape)) {
          // A sentence's own reason is offered only as the reason it is, never in part.
          if (statedOverlaps(text)) continue;
          const c = { text, sentence: i, words: contentWordsOf(text), shape };
          if (offTopic(c)) list.push(c);
        }
      mined.set(key, list);
    }
    return list;
  };
  /**
   * Every candidate a fact of these shapes may be offered, ready to be walked closest length
   * first. Built once per set of shapes, not once per fact: filtering and sorting the whole
   * article's phrases for each fact made this step grow with the square of the article.
   */
  const rivalsOf = (shapes: readonly ReasonShape[]): Rivals => {
    const key = shapes.join("|");
    let rivals = rivalsByShapes.get(key);
    if (rivals) return rivals;
    // In the order a per-fact pool listed them (the stated ones, then sentence by sentence), which
    // `ord` keeps as the last tie-break, as a stable sort of that pool did.
    const pool: Candidate[] = shapes.flatMap((sh) => statedOf(sh)).filter(offTopic);
    sentences.forEach((_, i) => {
      for (const sh of shapes) pool.push(...minedIn(i, sh));
    });
    const byLength = new Map<number, Rival[]>();
    pool.forEach((c, ord) => {
      // A reason is something that happened: "a French bank" or "the house" is no rival to "the Gulf War".
      const head = headNoun(c.text);
      if (c.shape === "noun" && (!EVENT_NOUN.test(head) || NOT_EVENT.test(head) || c.words.length < 2)) return;
      // (`{ ...c, n, ord }`, built without a leading spread: V8 adds properties after one slowly.)
      const r = Object.assign({}, c, { n: wordCount(c.text), ord });
      const list = byLength.get(r.n);
      if (list) list.push(r);
      else byLength.set(r.n, [r]);
    });
    for (const list of byLength.values()) list.sort(byPlace);
    rivals = byLength;
    rivalsByShapes.set(key, rivals);
    return rivals;
  };
  type Rival = Candidate & { n: number; ord: number };
  type Rivals = Map<number, Rival[]>;
  const rivalsByShapes = new Map<string, Rivals>();
  // Among phrases equally close in length: the earlier sentence, then the text, then pool order.
  const byPlace = (a: Rival, b: Rival) => a.sentence - b.sentence || a.text.localeCompare(b.text) || a.ord - b.ord;
  /** Rivals of length n - d and n + d (within lo..hi), merged in `byPlace` order. */
  function* atDistance(rivals: Rivals, n: number, d: number, lo: number, hi: number): Generator<Rival> {
    const a = n - d >= lo ? (rivals.get(n - d) ?? []) : [];
    const b = d > 0 && n + d <= hi ? (rivals.get(n + d) ?? []) : [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && byPlace(a[i]!, b[j]!) < 0)) yield a[i++]!;
      else yield b[j++]!;
    }
  }
  const articleWords = new Set(sentenceWords.flatMap((ws) => [...ws]));
  for (const f of asked) {
    if (DECLARING.test(f.cue ?? "")) {
      f.alternatives = declarationChoices(f.answer, articleWords);
      continue;
    }
    const shape = f.shape ?? "noun";
    const n = wordCount(f.answer);
    const own = new Set([...(sentenceWords[f.sentenceIndex] ?? []), ...contentWordsOf(f.context ?? "")]);
    // A sentence telling of the same event: it shares more than one of the fact's sentence's words
    // (the story's recurring names aside). Memoised per fact: many rivals share a sentence.
    const sameEventMemo = new Map<number, boolean>();
    const sameEvent = (i: number) => {
      let same = sameEventMemo.get(i);
      if (same === undefined) {
        same = [...sentenceWords[i]!].filter((w) => own.has(w) && !(frequent.has(w) && !topic.has(w))).length > 1;
        sameEventMemo.set(i, same);
      }
      return same;
    };
    // After "after", "because of" or "over" a gerund ("winning the vote") stands where a noun does.
    const shapes: ReasonShape[] = shape === "noun" || shape === "gerund" ? ["noun", "gerund"] : [shape];
    const rivals = rivalsOf(shapes);
    const lo = Math.max(2, Math.round(n * 0.6));
    const hi = Math.ceil(n * 1.6) + 1;
    const fits = (c: Rival) => {
      if (c.sentence === f.sentenceIndex) return false;
      if (c.words.some((w) => own.has(w))) return false;
      if (c.stated && c.sentence <= 2 && f.sentenceIndex <= 2) return false;
      return !sameEvent(c.sentence);
    };
    // The closest in length first; only as many are looked at as it takes to pick four.
    const picked: Rival[] = [];
    walk: for (let d = 0; n - d >= lo || n + d <= hi; d++)
      for (const c of atDistance(rivals, n, d, lo, hi)) {
        if (picked.length >= 4) break walk;
        if (!fits(c)) continue;
        if (picked.some((p) => p.sentence === c.sentence || p.words.some((w) => c.words.includes(w)))) continue;
        // One gerund among noun phrases at most, so that no form is the odd one out.
        if (shape === "noun" && c.shape === "gerund" && picked.some((p) => p.shape === "gerund")) continue;
        picked.push(c);
      }
    // A gerund key needs a gerund beside it, or it is the one that looks different.
    if (shape === "gerund" && !picked.slice(0, 3).some((p) => p.shape === "gerund")) picked.length = 0;
    if (picked.length) f.alternatives = picked.map((p) => p.text);
  }
}

const DECLARING = /^(?:declare|impose)[sd]?$/i;
const lastWord = (x: string) => contentWordsOf(x).pop() ?? "";
const DECLARED_HEADS = new Set(words.declarations.map(lastWord));
/** Things declared that make no wrong answer of their own (the list offers the measures taken). */
const OTHER_DECLARED_HEADS = new Set(["outbreak", "epidemic", "pandemic", "war", "independence", "bankruptcy", "victory", "famine", "drought", "disaster"].map(lastWord));

/**
 * Wrong answers for what was declared or imposed: other measures of that kind from the word list
 * (the article's own phrases are rarely things one declares), none sharing a word with the key
 * and none whose head word the article uses (it may have been declared too: "a curfew" beside a
 * state of emergency; "a national emergency" where a state of emergency was declared).
 */
function declarationChoices(key: string, articleWords: ReadonlySet<string>): string[] | undefined {
  const keyWords = contentWordsOf(key);
  // Only a measure of that kind: "imposed tariffs on $325bn of goods" is a trade step, and a state of
  // emergency beside it is absurd.
  const head = keyWords[keyWords.length - 1];
  if (!head || !(DECLARED_HEADS.has(head) || OTHER_DECLARED_HEADS.has(head))) return undefined;
  const out = words.declarations.filter((d) => {
    const ws = contentWordsOf(d);
    return ws.length > 0 && !ws.some((w) => keyWords.includes(w)) && !articleWords.has(ws[ws.length - 1]!);
  });
  return out.length >= 3 ? out.slice(0, 4) : undefined;
}
