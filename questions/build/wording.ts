// How a fact is asked: a direct, self-contained wh-question built from the sentence's own clauses
// when its structure allows ("About how many troops arrived in ...?", "Who takes over ...?"),
// otherwise a clean fill-in-the-blank over the sentence.
import type { Fact } from "../facts";
import { BLANK, blankSentence, norm } from "./common";
import { clauseAround, wordsIn } from "./clause";
import { placeInfo, roleCountry } from "./kinds";
import { countries, isEnglishWord } from "../data";
import type { Pools } from "./distractors";
import { verbLemma } from "../nlp";
import { RunCache } from "../run-cache";
import { isWorldKnownHead } from "./distractors/era";
import { NOT_SITTING_BEFORE } from "./sitting";

const withArticle = (role: string) => (/^(the|a|an)\b/i.test(role) || /^\p{Lu}[\p{L}-]*'s\b/u.test(role) ? role : `the ${role}`);

/** The answer sits inside brackets that restate a number already given ("400 kilograms (882 pounds)"). */
export function isConversion(f: Fact): boolean {
  const before = f.sentence.slice(0, f.answerStart - f.start);
  return before.includes("(") && /\d[^()]{0,30}\([^()]*$/.test(before) && /^[^()]*\)/.test(f.sentence.slice(f.answerEnd - f.start));
}

/** Brackets with a number right after the blank restate the answer in other units: drop them. */
// (The blank is spelled out: this module and ./common import each other.)
const CONVERSION_AFTER_BLANK = /(_{5}(?:[ -]?[\p{L}.]+){0,2}?) \([^()]*\d[^()]*\)/u;

// Several builders quote the same fact's passage; it depends on the fact alone.
const passages = new RunCache<Fact, string>();

/** The source sentence with the answer blanked, ready to be quoted (context included, quotes tamed). */
export function blankedPassage(f: Fact): string {
  let p = passages.get(f);
  if (p === undefined) passages.set(f, (p = blankedPassageOf(f)));
  return p;
}

/** "Action on Safety and Roads (Asr)": the initials after the blank would spell out the answer. */
function dropsAcronym(f: Fact, sentence: string): string {
  // Most sentences have no brackets right after the blank: nothing to look for.
  if (!sentence.includes(`${BLANK} (`)) return sentence;
  const initials = f.answer
    .split(" ")
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join("");
  if (initials.length < 2) return sentence;
  return sentence.replace(/(_{5}) \((\p{Lu}[\p{L}]{1,7})\)/u, (all, blank: string, acr: string) => (acr.toLowerCase() === initials ? blank : all));
}

/** A head's title right before the blank, with what comes before it: "China's President ", "United States President ". */
const HEAD_TITLE_BEFORE = /(?:\b((?:[Tt]he )?(?:\p{Lu}[\p{L}.]*'s|U\.S\.|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)) )?\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor) $/u;

/**
 * "China's President _____ signed ..." asks what a reader knows before reading: the blank takes the
 * title too ("_____ signed ..."), so the question asks who did what, not who holds the office.
 * Only for heads of G20 countries, whose offices are household knowledge; the title of a lesser-known
 * leader ("Peruvian President _____") is the clue that makes a fair question.
 */
function withHeadTitleInBlank(f: Fact, sentence: string): string {
  if (f.entityType !== "person" || !isWorldKnownHead(f.canonical ?? f.answer)) return sentence;
  const at = sentence.indexOf(BLANK);
  const title = HEAD_TITLE_BEFORE.exec(sentence.slice(0, at));
  if (!title || NOT_SITTING_BEFORE.test(sentence.slice(0, title.index) + (title[1] ? `${title[1]} ` : ""))) return sentence;
  // The word before the title goes with it when it names the country ("German", "China's", "the
  // United States"); any other ("Yesterday President _____") stays.
  const prefix = title[1];
  const keep = prefix && !/^the /i.test(prefix) && !roleCountry(`${prefix} President`) ? `${prefix} ` : "";
  return sentence.slice(0, title.index) + keep + sentence.slice(at);
}

/** A figure as news writes a rate or an amount: "7.0 percent", "25 basis points", "$1.2bn", "2,000". */
const FIGURE = String.raw`(?:[$€£¥₹]|Rs\.? ?|Sh ?)?\d[\d,]*(?:\.\d+)?(?: ?(?:%|percent|per cent|percentage points?|basis points?|points?|bps|bn|billion|million|mn|trillion|crore|lakh))?`;
// (BLANK written out: ./common imports this module, so BLANK is not set yet when these are built.)
/** "by 25 basis points to _____": the step printed beside the level asked. */
const STEP_BEFORE_BLANK = new RegExp(String.raw`\bby ${FIGURE} (?=to _____)`, "u");
/** "by _____ to 7.0 percent": the level printed beside the step asked (only where the phrase ends). */
const LEVEL_AFTER_BLANK = new RegExp(String.raw`(\bby _____) to ${FIGURE}(?=[,;:!?]|\.(?!\d)|\s+(?:on|in|at|as|after|since|this|last|next|from|for|soon|amid|while|with|and|but|by|—|–|--)\b|$)`, "u");

/**
 * "raised the rate by 25 basis points to 7 percent" holds two facts, the step and the level, and a
 * story asks both: each is asked with the other left out ("raised the rate to _____"), so neither
 * question prints the other's answer. The sentence still reads whole without it.
 */
export function withoutPairedFigure(sentence: string): string {
  if (!sentence.includes("by ")) return sentence;
  return sentence.replace(STEP_BEFORE_BLANK, "").replace(LEVEL_AFTER_BLANK, "$1");
}

function blankedPassageOf(f: Fact): string {
  const sentence = withoutPairedFigure(withHeadTitleInBlank(f, blankSentence(f)));
  // (Both patterns need brackets: a sentence without any is searched no further.)
  const blanked = sentence.includes("(") ? dropsAcronym(f, sentence.replace(CONVERSION_AFTER_BLANK, "$1")) : sentence;
  const at = blanked.indexOf(BLANK);
  // Only the clause that holds the blank is quoted: a forty-word lead is cut, not ranked down.
  const clause = at >= 0 && !blanked.includes(BLANK, at + BLANK.length) ? clauseAround(blanked, at, at + BLANK.length).text : blanked;
  const quoted = relativeClauseAsSentence(clause) ?? clause;
  // "He" or "she" whose person the article makes plain is named in brackets, as an editor would:
  // the passage then stands alone, without the sentence before it.
  const named = f.actor ? namePronoun(quoted, f.actor) : undefined;
  const body = named ?? (f.context ? `${f.context} ${quoted}` : quoted);
  return tameQuotes(body);
}

/** Past this many words a quoted passage is hard to read, and a relative clause holding the blank is quoted alone. */
const LONG_PASSAGE_WORDS = 22;
/** Past tenses VERB does not know, common after "that": "the heat that led to ...". */
const IRREGULAR_PAST = /^(?:led|left|brought|saw|hit|cost|put|set|cut|kept|held|drew|fell|rose|grew|sent|spent|built|sold|paid|meant|began)$/;
const RELATIVE_OPENER = / (?:that|which) (?=(\p{Ll}+) )/gu;
const NP_START_BEFORE = /(?:^|[,;:(—–]|\b(?:in|of|during|for|with|at|on|by|from|to|after|before|over|under|into|across|amid))\s*$/u;

/**
 * "... in a deal unveiled that will create the _____ U.S. retailer" -> "The deal will create the
 * _____ U.S. retailer.": in a passage too long to read as a question, a relative clause that holds
 * the blank and runs to the end is quoted as a sentence of its own, with the noun it follows as its
 * subject. Only a short noun phrase opened by "the" or "a" after a preposition or a comma (so it is
 * the whole phrase), and only a clause whose first word is a verb.
 */
export function relativeClauseAsSentence(passage: string): string | undefined {
  if (wordsIn(passage) < LONG_PASSAGE_WORDS) return undefined;
  const blank = passage.indexOf(BLANK);
  let best: { at: number; length: number } | undefined;
  for (const m of passage.matchAll(RELATIVE_OPENER)) if (m.index! < blank && (VERB.test(m[1]!) || IRREGULAR_PAST.test(m[1]!))) best = { at: m.index!, length: m[0].length };
  if (!best) return undefined;
  const clause = passage.slice(best.at + best.length);
  // Nothing between the opener and the blank that starts another clause.
  if (/[,;:—–]/.test(clause.slice(0, clause.indexOf(BLANK)))) return undefined;
  const before = passage.slice(0, best.at).split(" ");
  for (let k = before.length - 1; k >= Math.max(0, before.length - 8); k--) {
    if (!/^(?:the|a|an|The|A|An)$/.test(before[k]!)) continue;
    if (!NP_START_BEFORE.test(before.slice(0, k).join(" "))) return undefined;
    let np = before.slice(k + 1);
    // "a deal unveiled that ...": a participle after the noun goes with it.
    if (np.length > 1 && /^\p{Ll}+ed$/u.test(np[np.length - 1]!)) np = np.slice(0, -1);
    if (np.some((w) => /[,;]/.test(w) || (VERB.test(w) && !/ed$/.test(w)))) return undefined;
    const sentence = `The ${np.join(" ")} ${clause}`;
    return wordsIn(sentence) >= 6 ? sentence : undefined;
  }
  return undefined;
}

/** "He" or "she" as the subject, at the start or after an opening phrase ("A veteran of 22 years, he"). */
const SUBJECT_PRONOUN_AT_START = /^((?:[^,"]{3,80}, )?)([Hh]e|[Ss]he)\b(?!['’])/;

/** The passage with its subject pronoun replaced by "[name]", or undefined when it has none. */
export function namePronoun(passage: string, name: string): string | undefined {
  const m = SUBJECT_PRONOUN_AT_START.exec(passage);
  if (!m || passage.includes(name)) return undefined;
  return `${m[1]}[${name}]${passage.slice(m[0].length)}`;
}

const DOUBLE_QUOTE = /["“”]/;

/**
 * A passage is quoted as a whole, so quotation marks inside it become single quotes. A mark whose
 * partner was cut off with the rest of the sentence goes: "‘far beyond its capacity." reads as a
 * quotation that never ends.
 */
export function tameQuotes(body: string): string {
  // Most passages hold no double quotation mark: the three replacements would change nothing.
  if (!DOUBLE_QUOTE.test(body)) return dropLoneOpeningQuote(body);
  return dropLoneOpeningQuote(body.replace(/"([^"]*)"/g, "‘$1’").replace(/“([^“”]*)”/g, "‘$1’").replace(/["“”]/g, ""));
}

/** The last ‘ goes when no closing ’ follows it (a ’ before a letter is an apostrophe). */
export function dropLoneOpeningQuote(s: string): string {
  const i = s.lastIndexOf("‘");
  if (i < 0 || /’(?!\p{L})/u.test(s.slice(i + 1))) return s;
  return s.slice(0, i) + s.slice(i + 1);
}

export function fillInTheBlank(f: Fact, lead = "Fill in the blank:"): string {
  return `${lead} "${blankedPassage(f)}"`;
}

const HEDGES = /^(?:about|around|approximately|roughly|nearly|almost|some|an estimated)$/i;
const VERB =
  /^(?:were|was|are|is|have|has|had|will|would|could|can|may|might|must|did|do|does|remain|remained|remains|died|fled|took|came|went|left|lost|won|face|faced|faces|live|lived|lives|work|worked|stood|sat|met|made|got|gave|took|say|said|says|told|takes|took|wants|want|hopes|hoped|voted|[a-z]{3,}ed)$/;
const SPEAKER_NOUNS = /^(?:Police|Officials|Authorities|Witnesses|Doctors|Researchers|Scientists|Analysts|Rescuers|Organisers|Organizers|Investigators|Experts|Residents)$/;
const TRAILING_ATTRIBUTION = /,\s+(?:[^,]{1,60}?\s)?(?:said|say|says|reported|added|announced|confirmed)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s*[.!]?\s*$/;

/**
 * "Shipping lines", "Health officials": capitalised only because they open the sentence. A lone word
 * ("Apple") or one followed by a name ("China Daily") may be a name itself and keeps its capital.
 */
function commonNounPhrase(who: string): boolean {
  const [first, ...rest] = who.split(" ");
  return rest.length > 0 && rest.every((w) => /^\p{Ll}/u.test(w)) && isEnglishWord(first!.toLowerCase());
}

/** "Police said " -> "According to police, "; a pronoun speaker cannot be resolved. */
function speakerPrefix(before: string): { rest: string; according: string } | undefined {
  const m = /^((?:The )?[A-Z][\w.'-]*(?: [A-Za-z][\w.'-]*){0,4}?) (?:said|say|says|reported|estimated)(?: that)? /.exec(before);
  if (!m) return { rest: before, according: "" };
  const who = m[1]!;
  if (/^(?:He|She|They|It|We|I|You)$/.test(who)) return undefined;
  const speaker = SPEAKER_NOUNS.test(who) || commonNounPhrase(who) ? who.toLowerCase() : who.replace(/^The /, "the ");
  return { rest: before.slice(m[0].length), according: `According to ${speaker}, ` };
}

/** " — including the use of ...": an aside set off by a dash to the end of the sentence, which a question need not carry. */
const DASH_ASIDE = /\s[–—-]{1,2}\s(?:including|such as|among them|notably|mostly|mainly|especially)\b.*$/u;
const finish = (rest: string) => rest.replace(TRAILING_ATTRIBUTION, "").replace(DASH_ASIDE, "").replace(/\s*[.!;:]*\s*$/, "").trim();
const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** ", 44 countries signed ...", "and 27 were hurt": another figure with its own verb (not "a two-day, 370-mile journey"). */
const PARALLEL_FIGURE = /(?:,| and|;)\s+\d[\d,.]*\s+(?:[a-z]+\s+){0,2}(?:[a-z]+ed|were|was|are|is|have|has|had)\b.*$/;

/** " of a high speed passenger train derailed": an "of" phrase of a few plain words, then a verb (after the counted noun). */
function ofPhraseThenVerb(after: string): boolean {
  const words = /^ of ((?:[a-z-]+ ?){2,8})/.exec(after)?.[1]!.split(" ") ?? [];
  return words.slice(1, 7).some((w) => VERB.test(w));
}
/** A main clause, then the clause the count opens: ", when", " after", " as" (and a hedge). */
const SUBORDINATE_START = /(?<=[a-z,]) (?:when|after|as|because|while|since) ((?:about|around|approximately|roughly|nearly|almost|some|an estimated)(?= ))? ?$/;
/** The last "when", "after", "as" ... opening a clause after a main one ("Markets fell after "). */
const SUBORDINATE_CLAUSE = /(?<=[a-z,]) (?:when|after|as|because|while|since) (?!.* (?:when|after|as|because|while|since) )/;
/** A pronoun that points back into the main clause a subordinate one was cut from. */
const LEANING_PRONOUN = /\b(?:he|she|it|they|him|her|them|his|its|their|this|that)\b/i;

/** A count of a thing named in plain words ("troops", "fishing boats"), asked without context: a direct question can say what it counts. */
const countsNamedThing = (f: Fact): f is Fact & { unit: string } =>
  f.kind === "count" && !!f.unit && f.unit !== "years old" && /^[a-z][a-z ]*$/i.test(f.unit) && !f.context;

/**
 * The lowercase word right after " <unit> " at the start of `rest`: what
 * `new RegExp(`^ (${escapeRegExp(unit)}) ([a-z]+)\\b`).exec(rest)?.[2]` gives, without compiling a
 * pattern for every counted fact's unit.
 */
function wordAfterUnit(rest: string, unit: string): string | undefined {
  const head = ` ${unit} `;
  if (!rest.startsWith(head)) return undefined;
  let i = head.length;
  for (let c = rest.charCodeAt(i); c >= 97 && c <= 122; c = rest.charCodeAt(++i));
  // ([a-z]+ then \b: at least one letter, and no word character right after the run.)
  if (i === head.length || /\w/.test(rest.charAt(i))) return undefined;
  return rest.slice(head.length, i);
}

/** "About 850 troops arrived in ..." -> "About how many troops arrived in ...?" */
export function countQuestion(f: Fact): string | undefined {
  if (!countsNamedThing(f)) return undefined;
  const s = f.sentence;
  const a0 = f.answerStart - f.start;
  // "seven soldiers" may be the answer itself, unit included.
  const a1 = f.answerEnd - f.start - (f.answer.endsWith(` ${f.unit}`) ? f.unit.length + 1 : 0);
  const verb = wordAfterUnit(s.slice(a1), f.unit);
  // "seven carriages of a passenger train derailed": what the things belong to may come before the verb.
  if (!verb || !(VERB.test(verb) || (verb === "of" && ofPhraseThenVerb(s.slice(a1 + 1 + f.unit.length))))) return undefined;
  const sp = speakerPrefix(s.slice(0, a0));
  if (!sp) return undefined;
  // What may stand before the number: nothing, a hedge, or "The <group> of" with a hedge; or a main
  // clause ending in "when", "after", "as": "100 were hurt when seven carriages derailed" asks its
  // own clause, "How many carriages derailed?".
  const pre = /^(?:(?:The|A|An) [a-z][a-z -]{0,30} of )?([A-Za-z]+(?: [a-z]+)?)? ?$/.exec(sp.rest) ?? SUBORDINATE_START.exec(sp.rest);
  if (!pre) return undefined;
  const subordinate = pre.index > 0;
  const hedge = pre[1] ?? "";
  // "At least how many ...?" is true of every smaller choice too: leave lower bounds to the blank.
  if (hedge && !HEDGES.test(hedge)) return undefined;
  // "43 countries signed X, 44 signed Y and 27 signed Z": the parallel figures are other facts.
  const rest = finish(s.slice(a1 + 1 + f.unit.length).replace(PARALLEL_FIGURE, ""));
  if (!rest || norm(rest).split(" ").includes(norm(f.answer))) return undefined;
  // "... when 40 MPs voted against him": the clause leans on the one it left behind.
  if (subordinate && LEANING_PRONOUN.test(rest)) return undefined;
  const how = hedge ? "about how many" : "how many";
  const q = `${how} ${f.unit} ${rest}?`;
  return sp.according ? `${sp.according}${q}` : capitalise(q);
}

const DEMONYM_PLURALS = new Set(countries.flatMap((c) => (c.demonym ? [`${c.demonym}s`, c.demonym.replace(/man$/, "men")] : [])));
const AUXILIARY = /^(?:will|would|could|can|may|might|must|should|has|have|had|is|are|was|were)$/i;
/** A subject holding a verb, a clause word or punctuation is a clause, not a phrase. */
const SUBJECT_STOP = /\b(?:said|says|say|told|is|are|was|were|be|been|has|have|had|that|which|who|when|while|as|if|because|and|but|or)\b|[,;:()"“”]/i;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you|this|that|these|those)$/i;
/** Where the words after the counted thing stop belonging to its clause. */
const REST_END = /,|;|\s(?:and|but|while|whereas|which|who|when|as|after|before|because|since|although|though|including|according)\s|\s[-–—]+\s/;

/**
 * "The storm sank six fishing boats near the harbour." -> "How many fishing boats did the storm sink
 * near the harbour?": the number as the object of the clause's verb. The subject must be a short
 * phrase opening the sentence (or after "Police said"), the verb one word, perhaps after an
 * auxiliary ("will cut", "has hired"), and nothing may stand between verb and number but a hedge.
 */
export function objectCountQuestion(f: Fact): string | undefined {
  if (!countsNamedThing(f) || /^(?:others?|more|times|percent|per cent|points?)$/i.test(f.unit)) return undefined;
  const s = f.sentence;
  const a0 = f.answerStart - f.start;
  const a1 = f.answerEnd - f.start - (f.answer.endsWith(` ${f.unit}`) ? f.unit.length + 1 : 0);
  if (!s.slice(a1).startsWith(` ${f.unit}`)) return undefined;
  const sp = speakerPrefix(s.slice(0, a0));
  if (!sp) return undefined;
  // "Markets fell after rebels seized 12 oil wells": the clause after the main one is asked alone.
  const cut = SUBORDINATE_CLAUSE.exec(sp.rest);
  const clause = cut ? sp.rest.slice(cut.index + cut[0].length) : sp.rest;
  const m = /^(.+?) (?:(\w+) )?([a-z]+) (?:(about|around|approximately|roughly|nearly|almost|some|an estimated) )?$/.exec(clause);
  if (!m) return undefined;
  const [, head = "", word, verb = "", hedge] = m;
  // "The council has hired": an auxiliary before the verb; "Acme Foods cut": the word is the subject's.
  const aux = word && AUXILIARY.test(word) ? word : undefined;
  const subject = word && !aux ? `${head} ${word}` : head;
  const subjectWords = subject.split(" ");
  if (subjectWords.length > 6 || SUBJECT_STOP.test(subject) || PRONOUN_SUBJECT.test(subject) || /\d/.test(subject)) return undefined;
  if (!sp.according && !cut && !/^\p{Lu}/u.test(subject)) return undefined;
  // "The storm" -> "the storm", "Insurgents" -> "insurgents"; "Acme Foods" and "China" keep their capitals.
  const first = subjectWords[0]!;
  const lower = first.toLowerCase();
  // A plural opening a sentence ("Insurgents", "Gunmen") is a common noun unless it names a people ("Kenyans").
  const plural = /(?:[^s]s|men)$/.test(lower) && !DEMONYM_PLURALS.has(first);
  // A possessive opening a sentence ("China's navy", "Acme's board") is a name's.
  const common = (isEnglishWord(lower) || plural) && !/['’]s$/.test(first) && placeInfo(first).kind === "unknown";
  const who = common ? lower + subject.slice(first.length) : subject;
  let asked: string;
  if (aux) {
    asked = `${aux.toLowerCase()} ${who} ${verb}`;
  } else {
    // A word the lemmatiser leaves as it is ("cut", "hit", or no verb at all) cannot be inverted.
    const lemma = verbLemma(verb);
    if (lemma === verb) return undefined;
    // "employs" -> "does ... employ"; "killed", "took" -> "did ... kill", "did ... take".
    asked = `${/s$/.test(verb) ? "does" : "did"} ${who} ${lemma}`;
  }
  const after = s.slice(a1 + 1 + f.unit.length);
  // "400 kilograms (882 pounds) of explosive": a measure of something else, and its conversion.
  if (/^\s*(?:\(|of\b)/.test(after)) return undefined;
  const end = REST_END.exec(after);
  let rest = finish(end ? after.slice(0, end.index) : after);
  if (rest.split(" ").length > 10 || norm(rest).split(" ").includes(norm(f.answer))) rest = "";
  if (cut && LEANING_PRONOUN.test(`${subject} ${rest}`)) return undefined;
  const how = hedge ? "about how many" : "how many";
  const q = `${how} ${f.unit} ${asked}${rest ? ` ${rest}` : ""}?`;
  return sp.according ? `${sp.according}${q}` : capitalise(q);
}

/** "Reid takes over a party with ..." -> "Who takes over a party with ...?" */
export function personSubjectQuestion(f: Fact): string | undefined {
  if (f.entityType !== "person" || f.context) return undefined;
  const s = f.sentence;
  const a0 = f.answerStart - f.start;
  const before = s.slice(0, a0);
  if (before && !(f.role && before === `${f.role} `)) return undefined;
  const m = /^(?:, [^,]{1,40},)? ([a-z]+)\b/.exec(s.slice(f.answerEnd - f.start));
  if (!m || !VERB.test(m[1]!)) return undefined;
  const rest = finish(s.slice(f.answerEnd - f.start + m[0].length - m[1]!.length));
  const surname = f.answer.split(" ").pop()!;
  if (!rest || rest.includes(surname) || rest.split(" ").length < 4) return undefined;
  return `Who ${rest}?`;
}

/** ", who was defeated ..." / ", whose victory ... was overturned ...": a relative clause about the person before it. */
const RELATIVE_AFTER_NAME = /^, (who|whose) ([^,;:()"“”]+?)(?=[,;:]|[.!?]?["”]?\s*$)/;
/** A clause that only reports speech ("who spoke on condition of anonymity") says nothing about the person. */
const SPEECH_CLAUSE = /^(?:(?:also |had |has |was |is )?(?:said|says|told|spoke|speaks|declined|asked|added|wrote|noted|commented|confirmed|insisted|did not|does not|could not|would not|refused|requested))\b/;

/** What a "whose" clause would be about instead of the person: their country, home or family. */
const WHOSE_OTHER = /^(?:country|nation|state|city|town|home|homeland|family|wife|husband|son|sons|daughter|daughters|father|mother|brother|sister|children|parents|name)$/;

/**
 * "He succeeds Sen. Tom Daschle, who was defeated for re-election in South Dakota." -> "Who was
 * defeated for re-election in South Dakota?": a relative clause set off after a name says what
 * that person did, in words of its own, so it asks for them without quoting the sentence (whose
 * opening may point back with "he" or "it"). The clause must stand alone: no pronoun leaning on
 * another sentence, not the name itself, and more than a speech verb.
 */
export function personRelativeQuestion(f: Fact): string | undefined {
  if (f.entityType !== "person") return undefined;
  const s = f.sentence;
  const m = RELATIVE_AFTER_NAME.exec(s.slice(f.answerEnd - f.start));
  if (!m) return undefined;
  const pronoun = m[1]!;
  const clause = m[2]!;
  const words = clause.trim().split(/\s+/);
  if (words.length < 4 || words.length > 22) return undefined;
  if (LEANING_PRONOUN.test(clause) || SPEECH_CLAUSE.test(clause)) return undefined;
  // "whose country is the region's powerhouse" asks for the country, not the person.
  if (pronoun === "whose" && WHOSE_OTHER.test(words[0]!)) return undefined;
  // "who" is followed by its verb; "whose" by what is theirs and then its verb.
  if (pronoun === "who" ? !VERB.test(words[0]!) && !/^(?:also|then|now|later|once|still|previously)$/.test(words[0]!) : !words.slice(1).some((w) => VERB.test(w))) return undefined;
  const names = (f.canonical ?? f.answer).split(" ").filter((w) => /^\p{Lu}/u.test(w) && w.length > 2);
  if (names.some((n) => clause.includes(n))) return undefined;
  return `${pronoun === "who" ? "Who" : "Whose"} ${finish(clause)}?`;
}

/** A role that reads as an office, not a phrase that ran on into the sentence ("... in an interview with"). */
export function isOffice(role: string): boolean {
  return role.length <= 110 && !/\b(?:Mr|Mrs|Ms|Dr)\.?$/.test(role) && !/\b(?:in an interview|told|said|says|according)\b/.test(role);
}

/** A role that says whose office it is: "Kenyan President", "Japan's foreign minister", "chief executive of Acme". */
function namesWhose(role: string): boolean {
  return roleCountry(role) !== undefined || /\p{Lu}[\p{L}.]*'s\b|\bof (?:the )?\p{Lu}/u.test(role);
}

// The multiple choice and the short answer of a fact both ask for its direct question: it is
// worked out once per fact (and the article's pools, which it reads).
const directQuestions = new RunCache<Fact, { pools: Pools | undefined; question: string | undefined }>();

/** A direct question that needs no quoted sentence, when the fact has that structure. */
export function directQuestion(f: Fact, pools?: Pools): string | undefined {
  const known = directQuestions.get(f);
  if (known && known.pools === pools) return known.question;
  const question = directQuestionOf(f, pools);
  directQuestions.set(f, { pools, question });
  return question;
}

function directQuestionOf(f: Fact, pools?: Pools): string | undefined {
  if (f.relation === "role-of" && f.subject) return `According to the article, what is ${f.subject}'s role?`;
  if (f.relation === "affiliation" && f.subject) return `According to the article, which organisation is ${f.subject} from?`;
  // Only a specific role identifies one person: "Prime Minister" may fit several people.
  // "Who is the Foreign Minister?" fits every country's: the role must say whose office it is.
  // A G20 head's office is known before reading: their fact is asked as what they did instead.
  if (f.relation === "holder" && f.role && f.role.includes(" ") && !isWorldKnownHead(f.answer) && isOffice(f.role) && namesWhose(f.role) && (pools?.roleHolders.get(norm(f.role)) ?? 1) === 1)
    return `According to the article, who is ${withArticle(f.role)}?`;
  return countQuestion(f) ?? objectCountQuestion(f) ?? totalQuestion(f) ?? personSubjectQuestion(f) ?? personRelativeQuestion(f);
}

/**
 * "This takes the total number of flu cases this year to 8,210" -> "What is the total number of
 * flu cases this year?": a running total is news in itself, and its own words say what it counts.
 * Only "number (tally, count, toll) of" something: "taking the death toll to 40" does not say whose.
 * Not a hedged figure ("to over 20,000"): "What is the total?" would have no one right answer.
 */
const TOTAL_BEFORE = /\b(takes|took|taking|brings|brought|bringing|raises|raised|raising|pushes|pushed|pushing|lifts|lifted|lifting) (the (?:total |overall |official )?(?:number|tally|toll|count) of [a-z][^,;:()"“”]{2,70}?) to $/;
const PRESENT_TOTAL_VERB = /^(?:takes|taking|brings|bringing|raises|raising|pushes|pushing|lifts|lifting)$/;
export function totalQuestion(f: Fact): string | undefined {
  if (f.kind !== "count" || f.qualifier) return undefined;
  const m = TOTAL_BEFORE.exec(f.sentence.slice(0, f.answerStart - f.start));
  if (!m || LEANING_PRONOUN.test(m[2]!.replace(/\b(?:this|that) (?:year|month|week|season)\b/g, ""))) return undefined;
  return `What ${PRESENT_TOTAL_VERB.test(m[1]!) ? "is" : "was"} ${m[2]}?`;
}

/** The statement behind the fact, for explanations. */
export function statement(f: Fact): string {
  if (f.relation === "role-of" && f.subject) return `${f.subject}: ${f.answer}.`;
  if (f.relation === "affiliation" && f.subject) return `${f.subject} is from ${f.answer}.`;
  if (f.relation === "holder" && f.role) return `${f.answer} is ${withArticle(f.role)}.`;
  const q = f.qualifier ? `${f.qualifier} ` : "";
  const unit = f.kind === "count" && f.unit && f.unit !== "years old" ? ` ${f.unit}` : f.unit === "years old" ? " years old" : "";
  // "six months" already says what it counts: "The answer is six months.", not "six months months".
  if (unit && f.answer.toLowerCase().endsWith(unit.toLowerCase())) return `The answer is ${q}${f.answer}.`;
  return `The answer is ${q}${f.answer}${unit}.`;
}
