// A long news sentence cut down to the clause that holds one fact. Leads pack the who, what, where
// and when of a story into forty words; a question needs only the part around its answer. Cuts
// are made only at clause boundaries a reader sees (commas before an attribution or a relative
// clause, semicolons, dashes, "while"/"but" joins), and never through the answer.

import { annotate } from "../nlp";

export interface Clause {
  /** The clause, as written, with its first letter capitalised and a full stop at its end. */
  text: string;
  /** Offsets of the clause within the sentence (before capitalising). */
  start: number;
  end: number;
  /** Whether anything was cut. */
  cut: boolean;
}

/** Openers of an introductory phrase that can go: "On Saturday, ", "In power since 2014, ". */
const LEAD_IN =
  /^(?:(?:In|On|At|After|Before|During|Since|While|When|Despite|Following|Earlier|Later|Meanwhile|However|So far|Last|This|Next|Under|Amid|Over|For|By|With|Without|Also|Yet|Still|Instead|Separately|Elsewhere|Speaking|Addressing|According to|Along with|As part of|In addition|Besides|Moreover|Furthermore|Additionally|Currently|Nevertheless|Nonetheless|Similarly|Likewise|Overall|Indeed|Of course|Thus|Therefore|Hence)\b[^,"]{0,90}, (?:however, |meanwhile, )?)/;
/**
 * Of those, the ones a question can lose: a link to the sentence before ("However, ", "Separately, ")
 * or who was speaking. A time or place ("Last year, ", "In June, ", "Currently, ") scopes the fact:
 * without it "the death toll stood at 179" reads as this year's toll, which another option is.
 */
const DROPPABLE_LEAD_IN =
  /^(?:There|However|Meanwhile|In fact|Indeed|Of course|In turn|Thus|Therefore|Hence|Moreover|Furthermore|Additionally|In addition|Besides|Nevertheless|Nonetheless|Similarly|Likewise|Overall|Separately|Elsewhere|Also|Yet|Still|Instead|Speaking|Addressing|According to|Along with)\b/;
/** "There, " opening a sentence: a place named in the sentence before. */
const THERE_OPENER = /^There, (?=\p{Ll})/u;
/** ", the military said." / ", said the ministry" / ", according to officials." at the end. */
// The verbs of saying that name a source, and what may trail them: when ("on Tuesday", "late
// Monday"), where it was said ("in Berlin") and how ("in a statement").
const SAYING = "said|says|added|reported|announced|confirmed|disclosed|stated|noted|explained|revealed|wrote|tweeted|told [^,;]{1,40}";
const SAID_TRAIL = "(?: (?:on |late |early )?[A-Z][a-z]+day| in a statement| on [A-Z][a-z]+| in [A-Z][a-z]+)*";
const ATTRIBUTION_TAIL = new RegExp(
  `,\\s+(?:according to [^,;]{2,80}|(?:the |a |an )?[^,;]{1,90}?\\s(?:${SAYING})${SAID_TRAIL}|said (?![^,;]*\\b(?:was|is|were|are|will|would|had|has|have|could|should|can|may|might)\\b)(?:the )?[^,;]{1,60})\\s*[.!]?$`,
);
/** Where one independent clause ends and another begins. */
const JOINS = /; |,? (?:—|–|--) |, (?:while|whereas|but|although|though|as) /g;
/**
 * A dash opens an aside ("-- something that has eluded them for years") and ", as" often no clause
 * at all (", as required under the code"): text may end before them, never start after them.
 */
const DASH_JOIN = /^(?:,? (?:—|–|--) |, as )$/;
/** A joining word opening the sentence leans on the one before: "But the talks stalled." */
const CONJUNCTION_OPENER = /^(?:But|And|Yet|So(?! far\b)|Or|Besides|Moreover|Furthermore|Additionally|Still|Also),? (?=\S)/;
/** ", which ...," / ", who ...,": a relative clause set off by commas. */
const RELATIVE = /, (?:which|who|whose|where) [^,;]{3,120}(?:,|(?=[.!?]?$))/g;

/** What follows an opening phrase but leans on it: "With X and Y, both of which he opposes, ...". */
const RELATIVE_REST = /^(?:(?:both|all|some|many|most|none|each|one|neither|either|several|few) of (?:which|whom|them|these|those)|which|who|whom|whose)\b/i;
/**
 * How a clause after "; " or ", but " starts when it has its own subject: a determiner, a pronoun,
 * a name or a figure. "..., but able to be run on a computer, is ..." continues the subject before.
 */
const SUBJECT_START =
  /^(?:[\p{Lu}\d$€£¥₹"'‘“]|(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|some|many|most|all|no|few|several|both|each|every|any|another|other|there|it|he|she|they|we|i|you|one|two|three|four|five|six|seven|eight|nine|ten|more|less|fewer|only|just|even|not|nor)\b)/u;
const PRONOUN_OPENER = /^(?:it|its|they|their|them|he|his|she|her|this|that|these|those)\b/i;
const ASIDE = / \([^()]{1,80}\)/g;
/**
 * Whether a UTF-16 unit is white space as a regular expression's \s has it. (Letters, digits and
 * ASCII punctuation, nearly every unit counted, are told apart by the first two comparisons.)
 */
const isSpace = (c: number) =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/** How many words `s` has (`s.split(/\s+/).filter(Boolean).length`, counted without splitting it). */
export function wordsIn(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
/**
 * `s.replace(/[\s,;:]+$/, "")`, read from the end: the pattern was tried from every space of the
 * clause, twice per fact.
 */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); end > 0 && (isSpace(c) || c === 44 || c === 59 || c === 58); c = s.charCodeAt(--end - 1));
  return end === s.length ? s : s.slice(0, end);
}
/** Long enough to stand as a claim: a subject, a verb and what it is about. */
const MIN_WORDS = 6;
/** Past this many words a clause is cut after its answer where a phrase opens. */
const LONG_CLAUSE = 30;
/** ", December 21, 2023," after a weekday: a date in apposition. */
const DATE_APPOSITION = /(?<=\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4},/g;

/**
 * A name and an appositive with no verb of its own: "Mark Feeney, president of the group.",
 * "PRECIS, a climate model based on the agency's one." ("based" describes the model).
 */
const BARE_APPOSITION =
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}, (?![^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says)\b)[^,]+[.!?]?$/u;

/** Whether `t`, without the answer, has no verb (by the pattern, then by the tagger). */
function verbless(t: string, answer: string): boolean {
  const rest = t.replace(answer, " ");
  return !CLAUSE_VERB.test(rest) && !annotate(rest).tokens.some((w) => w.pos === "VERB" || w.pos === "AUX");
}

export function clauseAround(sentence: string, a0: number, a1: number): Clause {
  let start = 0;
  let end = sentence.length;
  // The attribution at the end, unless the answer is in it.
  const tail = ATTRIBUTION_TAIL.exec(sentence);
  if (tail && tail.index >= a1 && wordsIn(sentence.slice(0, tail.index)) >= MIN_WORDS) end = tail.index;
  // The introductory phrase, unless the answer is in it. ("There, leaders agreed": the place
  // "there" points to is in a sentence the learner has not read.)
  const lead = LEAD_IN.exec(sentence) ?? THERE_OPENER.exec(sentence);
  if (lead && DROPPABLE_LEAD_IN.test(lead[0]) && lead[0].length <= a0 && wordsIn(sentence.slice(lead[0].length, end)) >= MIN_WORDS && !PRONOUN_OPENER.test(sentence.slice(lead[0].length)) && !RELATIVE_REST.test(sentence.slice(lead[0].length)))
    start = lead[0].length;
  // The independent clause holding the answer.
  let from = start;
  for (const m of sentence.slice(start, end).matchAll(JOINS)) {
    const at = start + m.index!;
    const next = at + m[0].length;
    if (at >= a1) {
      if (wordsIn(sentence.slice(from, at)) >= MIN_WORDS) end = at;
      break;
    }
    // A clause opening with "it" or "they" needs the one before it.
    if (next <= a0 && !DASH_JOIN.test(m[0]) && wordsIn(sentence.slice(next, end)) >= MIN_WORDS && !PRONOUN_OPENER.test(sentence.slice(next)) && SUBJECT_START.test(sentence.slice(next))) from = next;
  }
  start = from;
  let text = sentence.slice(start, end);
  const answer = sentence.slice(a0, a1);
  let removed = false;
  // Asides in brackets ("(AEST)", "(intelligence-based operation)") and relative clauses that do
  // not hold the answer.
  for (const re of [ASIDE, RELATIVE]) {
    for (const m of [...text.matchAll(re)].reverse()) {
      if (m[0].includes(answer)) continue;
      // "X, which ..., was signed" -> "X was signed"; "... to X, which ..." -> "... to X".
      const shorter = text.slice(0, m.index!) + text.slice(m.index! + m[0].length);
      if (wordsIn(shorter) >= MIN_WORDS) {
        text = shorter;
        removed = true;
      }
    }
  }
  // "on Thursday, December 21, 2023, sentenced": the date set off by commas repeats the weekday.
  // (Every such date follows a weekday's "day, ": text without that has none, found without the look-behind.)
  for (const m of text.includes("day, ") ? [...text.matchAll(DATE_APPOSITION)].reverse() : []) {
    if (m[0].includes(answer)) continue;
    text = text.slice(0, m.index!) + text.slice(m.index! + m[0].length);
    removed = true;
  }
  // A lead still too long to read as a question loses the phrases after its answer.
  if (wordsIn(text) > LONG_CLAUSE) {
    const at = text.indexOf(answer);
    const shorter = at >= 0 ? cutTail(text, answer, (kept) => wordsIn(kept) > LONG_CLAUSE, at) : undefined;
    if (shorter) {
      text = shorter;
      removed = true;
    }
  }
  text = withoutTrailingPunctuation(text);
  const opener = CONJUNCTION_OPENER.exec(text);
  if (opener && !answer.startsWith(text.slice(0, opener[0].length).trim()) && wordsIn(text) - 1 >= MIN_WORDS) {
    text = text.slice(opener[0].length);
    removed = true;
  }
  const cut = start > 0 || end < sentence.length || removed;
  // A cut that kept only a name and what it is ("PRECIS, a climate model based on ...") left the
  // verb behind: the sentence stays whole.
  // So did a cut that took every verb ("In an editorial, Ann Roe, director of the _____."): a
  // question needs its clause's verb, however long the sentence it comes from.
  if (!cut || (BARE_APPOSITION.test(text) && !BARE_APPOSITION.test(sentence)) || (verbless(text, answer) && !verbless(sentence, answer)))
    return { text: sentence, start: 0, end: sentence.length, cut: false };
  if (!/[.!?]["')\]]*$/.test(text)) text += ".";
  text = text[0]!.toUpperCase() + text.slice(1);
  return { text, start, end, cut };
}

// Ranking asks this of every fact, and a sentence holds several: remembered per sentence.
const attributionStarts = new Map<string, number>();

/** Where a closing attribution (", the ministry said.", ", according to officials.") starts, or -1. */
export function attributionStart(sentence: string): number {
  let at = attributionStarts.get(sentence);
  if (at === undefined) {
    if (attributionStarts.size >= 5_000) attributionStarts.clear();
    attributionStarts.set(sentence, (at = ATTRIBUTION_TAIL.exec(sentence)?.index ?? -1));
  }
  return at;
}

/** Words that open a phrase which can leave the end of a clause without breaking it. */
// "to" only between a figure's words and another figure ("by 25 basis points to 7.0 percent"): elsewhere
// the noun before it needs it ("the protocol to the treaty"), and "3,000 to 4,000" is one range.
// "and" before a second verb in the past: "killed _____ [and wounded 38 others]".
const TAIL_OPENER = / (?:in|on|at|with|after|during|for|from|by|under|amid|near|following|before|which|who|whose|where|despite) |(?<=[a-z]) to (?=(?:[A-Z][a-z]{0,2})?[$€£¥₹]?\d)| and (?=\p{Ll}{3,}ed )/gu;
/**
 * What a cut can strand at the end of the text it keeps: an adverb that went with the phrase cut
 * off ("in X state early [on Sunday]", "illegal even [in ...]"), the first words of a
 * subordinate clause whose verb was cut off ("..., while his rival [was ...]"). A word in -ed
 * may be the clause's own verb ("carriages derailed [in X]"): it stays.
 */
const STRANDED =
  /(?:\s+(?:early|late|later|earlier|even|also|still|again|just|only|too|already|then|now|soon|back)|,?\s+(?:while|whereas|when|because|although|though|unless)(?:\s+\S+){0,3}|,?(?<!\bsuch)\s+as\s+(?:the|a|an|its|his|her|their)\s+\S+(?:\s+\S+){0,5})$/;

/** An auxiliary or "to" left last: its verb or object went with the cut ("human influence has [at least doubled ...]"). */
const STRANDED_AUX = /\b(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|be|been|being|to)$/;
/** A verb of where a figure ended, without the figure: "surged _____ to end [at 4,505]". */
const STRANDED_END = /\s+to\s+(?:end|close|settle|finish|stand|trade)$/;
/** A participle after a noun, its complement gone: "in a _____ deal unveiled [on Wednesday]". */
const STRANDED_PARTICIPLE = /(?<=\b\p{Ll}[\p{Ll}-]+) \p{Ll}{3,}ed$/u;
/** Before these the participle is the verb itself ("have been armed", "to be involved"). */
const AUX_BEFORE = /\b(?:be|been|being|is|are|was|were|am|have|has|had|get|gets|got|become|became)$/;
/**
 * Everything up to where the participle's own clause starts. (Anchored: a match can only start at
 * 0, and without the anchor a text holding no opener was searched again from every position.)
 */
const CLAUSE_OPENER = /^.*\b(?:when|while|as|after|because|if|that|which|who|whose|where|said|says|say|told|announced|reported|think|thinks|believe|believes)\b/su;

/** Where the phrase a cut takes ends and a clause with its own verb begins ("on Wednesday | that will create ..."). */
const TAIL_CLAUSE_END = /[,;]|\b(?:that|which|who|whose|where|when|while|after|before|as|because|if|until|since)\b/;
/** An auxiliary or modal: a finite verb, in the clause before a participle or in a phrase a cut would take. */
const AUX = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should)\b/;
/** A verb in a clause: an auxiliary, a past in -ed, or a common irregular past or present. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|\p{Ll}{2,}ed|found|said|says|took|made|won|lost|met|left|went|came|gave|got|saw|told|began|rose|fell|hit|cut|put|set|led|held|sold|bought|brought|sent|spent|built|paid|grew|drew|fled|struck|became|kept|ran|stood|sank|broke|chose|wrote|spoke|knew|thought|meant|felt|heard|showed|shows|say|show)\b/u;
/** Everything up to the start of the last clause: its subordinator or reporting verb. */
const CLAUSE_START = /^.*\b(?:that|which|who|when|while|because|if|whether|where|although|though|said|says|told)\b/su;

/**
 * `kept` (what a cut leaves, after the text `before` it) without a verb whose complement the cut
 * took, or undefined when the cut leaves an auxiliary with nothing after it. A participle is dropped only when the clause has
 * its own verb before the blank: "when _____ carriages derailed" keeps "derailed".
 */
function dropStrandedVerb(kept: string, blank: string, before: string): string | undefined {
  if (STRANDED_AUX.test(kept)) return undefined;
  let out = kept.replace(STRANDED_END, "");
  // (Only a text ending in "ed" can end in a participle: the pattern's look-behind is tried at every space.)
  const participle = out.endsWith("ed") ? STRANDED_PARTICIPLE.exec(out) : null;
  // The blank stays before what is dropped, and the clause keeps a verb of its own before it.
  if (participle && out.indexOf(blank) + blank.length <= participle.index && !AUX_BEFORE.test(out.slice(0, participle.index))) {
    const clause = `${before} ${out.slice(0, participle.index)}`.replace(CLAUSE_OPENER, "");
    if (AUX.test(clause)) out = out.slice(0, participle.index);
  }
  return out;
}

/**
 * A cut inside an aside the blank's clause opened with a dash ("in July—the highest [in 13
 * years—]") ends before the dash instead: half an aside reads as a broken sentence.
 */
function closeAside(kept: string, after: number): string {
  const dashes = [...kept.slice(after).matchAll(/\s*(?:—|–|--)\s*/g)];
  return dashes.length % 2 === 1 ? kept.slice(0, after + dashes[dashes.length - 1]!.index!) : kept;
}

/**
 * `/\S+$/.exec(s.slice(0, end))?.[0] ?? ""`, read back from `end`: the pattern, tried from every
 * position of the text before the cut, read each word again from each of its characters.
 */
function lastWord(s: string, end: number): string {
  let i = end;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return s.slice(i, end);
}

/** `part` (after the text `lead`) without the phrase after `blank` that `bad` rejects, cut where such a phrase opens. */
function cutTail(part: string, blank: string, bad: (p: string) => boolean, from = part.indexOf(blank), lead = ""): string | undefined {
  const after = from + blank.length;
  const cuts = [...part.slice(after).matchAll(TAIL_OPENER)].map((m) => after + m.index!);
  // Longest first: keep as much of the clause as prints nothing forbidden.
  for (const at of cuts.reverse()) {
    const before = lastWord(part, at);
    const [, , next = ""] = part.slice(at).split(" ", 3);
    if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(next)) continue; // "Minister for Higher Education"
    const kept = dropStrandedVerb(closeAside(part.slice(0, at), after).replace(STRANDED, ""), blank, lead);
    if (!kept) continue;
    // "The survey found that _____ wards [in the city were at high risk]": the cut took the verb
    // of the blank's own clause.
    if (AUX.test(part.slice(at).split(TAIL_CLAUSE_END)[0]!) && !CLAUSE_VERB.test(kept.replace(CLAUSE_START, ""))) continue;
    if (/\bfrom\s+\S+(?:\s+\S+)?$/.test(kept) && part.startsWith(" to ", at)) continue; // "from 10 percent [to 25 percent]"
    if (kept.length >= after && !bad(kept) && kept.split(/\s+/).length >= MIN_WORDS) return kept;
  }
  return undefined;
}

