// Facts -> candidate questions, one builder per question type.
import { isEnglishWord, officeSet, orgHeadSet, weekdaySet, words as wordData } from "../data";
import type { Fact } from "../facts";
import { isPluralTitle } from "../entities";
import type { Question } from "../schema";
import { buildCloze } from "./cloze";
import { buildPools, type PoolOptions } from "./distractors";
import { placeInfo } from "./kinds";
import { buildMatching } from "./matching";
import { buildMultipleChoice } from "./multiple-choice";
import { buildMultipleResponse } from "./multiple-response";
import { buildNumeric } from "./numeric";
import { buildOrdering } from "./ordering";
import { buildReasonQuestions, isReasonFact } from "./reasons";
import { buildShortAnswer } from "./short-answer";
import { buildTrueFalse } from "./true-false";
import { isConversion, isOffice } from "./wording";

export interface Candidate {
  question: Question;
  /** The fact behind the question; article-level questions (ordering, matching) have none. */
  fact?: Fact;
}

/**
 * Facts that make no question worth asking: a number restated in other units inside brackets,
 * a country used as a prefix ("U.S.-led"), and a name typed as a place in one sentence that the
 * rest of the article uses as an organisation ("his position in Sears").
 */
export function isPoorFact(f: Fact, orgNames: ReadonlySet<string>): boolean {
  if (isConversion(f)) return true;
  if (f.relation === "role-of" && !isOffice(f.answer)) return true;
  if (insideLongerName(f)) return true;
  if (f.relation === "role-of" && isPluralTitle(f.answer)) return true; // "Justices" before two names
  // "issued by the Prime Minister's office": a bare title as the answer names nobody; which
  // minister it was is a guess between titles, not something the story says.
  if (f.relation !== "role-of" && officeSet.has(f.answer.replace(/^the /i, ""))) return true;
  // "one day" (someday), "one of the ...": a count of one is an idiom or nothing to learn.
  if (f.kind === "count" && f.value === 1) return true;
  // "won 14 of the 45 seats", "21 out of 34 provinces": the whole is background, the part is the news.
  if (f.kind === "count" && PART_OF.test(f.sentence.slice(0, f.answerStart - f.start))) return true;
  // "the EU-Japan free trade agreement": two names joined by a hyphen describe the noun after them.
  if (/^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(f.answer) && /^ [a-z]/.test(f.sentence.slice(f.answerEnd - f.start))) return true;
  // "Another" or "Currently" opening a sentence is a capitalised word, not a name.
  if (f.kind === "other" && f.answerStart === f.start && (f.entityType === "org" || f.entityType === "other") && !f.answer.includes(" ") && isEnglishWord(f.answer.toLowerCase())) return true;
  if (f.kind === "date" && isDateDetail(f)) return true;
  // "Fellow Malawians, ...", "Dear colleagues, ...": whom a speech addresses is no fact of the story.
  if (f.kind === "other" && /^(?:(?:my )?fellow|dear|ladies)\b/i.test(f.answer)) return true;
  // "NHS-accredited trainers", "U.S.-led", "European-style": a name made into a modifier describes the noun after it.
  // (A rank, "third-largest", is one word with a hyphen of its own, not a name made a modifier.)
  if ((f.kind === "other" || f.kind === "place") && f.entityType !== "rank" && (/\p{L}-[a-z]+$/u.test(f.answer) || /^-[a-z]/.test(f.sentence.slice(f.answerEnd - f.start)))) return true;
  // "the Constitutional Court (ConCourt)", "the Karlspreis (Charlemagne Prize)": a name in brackets
  // restates the name just before it; blanking it asks the learner to copy.
  // (The bracket after the name is checked first: it is one comparison, the pattern a search.)
  if (f.kind !== "count" && f.kind !== "money" && f.kind !== "percentage" && f.sentence.startsWith(")", f.answerEnd - f.start) && /[\p{Lu}][\p{L}.'’-]*\s*\($/u.test(f.sentence.slice(0, f.answerStart - f.start))) return true;
  if (f.kind === "place") {
    if (placeInfo(f.answer).kind === "unknown" && orgNames.has(f.answer)) return true;
  }
  return false;
}

/** "14 of the 45 seats", "40 countries out of 52", "seven of the train's nine": the words before the whole. */
const PART_OF = new RegExp(
  `\\b(?:\\d[\\d,.]*|${Object.keys(wordData.numberWords).join("|")})(?:\\s+[a-z]+){0,2}\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[a-z]+'s\\s+)?$`,
  "i",
);

/** "the year ended March 31, ": the end of a reporting period, with or without its day. */
const REPORTING_PERIOD_END = new RegExp(
  `\\b(?:year|quarter|half|period|months?)\\s+(?:end(?:ed|ing)?|to|through|until)\\s+(?:on\\s+)?(?:(?:${wordData.months.join("|")})\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+(?:${wordData.months.join("|")}),?\\s+)?$`,
  "i",
);

/**
 * Dates a reader need not remember: a bare weekday or "last week" (the day of the news, known from
 * the page), a year used as a label ("the 2019 election", "FY 2019"), and the end of a reporting
 * period ("the year ended March 31"), which is the company's calendar, not the news.
 */
export function isDateDetail(f: Fact): boolean {
  if (f.entityType === "weekday" || f.entityType === "relative" || weekdaySet.has(f.answer)) return true;
  const before = f.sentence.slice(0, f.answerStart - f.start);
  const after = f.sentence.slice(f.answerEnd - f.start);
  if (/^\d{4}$/.test(f.answer)) {
    if (/\b(?:FY|fiscal|financial)\s*$/i.test(before)) return true;
    if (/\b(?:the|its|their|his|her|this|that|a)\s+$/i.test(before) && /^[\s-]+[a-z]/.test(after)) return true;
  }
  // (The year of such a date too: "the year ended March 31, _____".)
  return REPORTING_PERIOD_END.test(before);
}


/**
 * A name that is only part of a longer one: "Area" or "Continental Free" in "the Continental Free
 * trade Area (CFTA)". The acronym in brackets spells out how far the whole name reaches back.
 * (Any sentence; the fixture wording is ours.)
 */
export function insideLongerName(f: Fact): boolean {
  if (f.kind === "count" || f.kind === "money" || f.kind === "percentage" || f.kind === "date") return false;
  const s = f.sentence;
  const a0 = f.answerStart - f.start;
  const a1 = f.answerEnd - f.start;
  // The acronym's bracket opens at most 60 characters after the name: most sentences have none there.
  const bracket = s.indexOf(" (", a1);
  const acr = bracket >= 0 && bracket - a1 <= 60 ? /^(?:[\s\p{L}'-]{0,60}?) \((\p{Lu}[\p{L}&]{1,9})\)/u.exec(s.slice(a1)) : null;
  if (acr) {
    const letters = acr[1]!.replace(/[^\p{Lu}]/gu, "");
    const end = a1 + acr[0].indexOf(" (");
    const words = s.slice(0, end).split(/\s+/).slice(-letters.length);
    const spelled = words.map((w) => w[0]?.toUpperCase() ?? "").join("");
    const nameStart = end - words.join(" ").length;
    if (spelled === letters && (nameStart < a0 || end > a1)) return true;
  }
  // "the Organisation for Security and Cooperation in Europe", "the University of Nairobi": a
  // place closing a name is part of the name. A run of capitalised words joined by "of", "in",
  // "for" or "and" that holds a word such as Organisation or University is a name.
  if (f.kind === "place") {
    // "Jammu" or "Kashmir" in "Jammu and Kashmir", "Tobago" in "Trinidad and Tobago": one place.
    const next = /^ and ((?:\p{Lu}[\p{L}.'-]*)(?: \p{Lu}[\p{L}.'-]*)*)/u.exec(s.slice(a1));
    // (The run may end the sentence: "of Jammu and Kashmir." is looked up without its full stop.)
    if (next && placeInfo(`${f.answer} and ${next[1]!.replace(/\.$/, "")}`).kind !== "unknown") return true;
    const prev = /((?:\p{Lu}[\p{L}.'-]*)(?: \p{Lu}[\p{L}.'-]*)*) and $/u.exec(s.slice(Math.max(0, a0 - 60), a0));
    if (prev && placeInfo(`${prev[1]} and ${f.answer}`).kind !== "unknown") return true;
    const before = s.slice(Math.max(0, a0 - 80), a0);
    const run = /((?:\p{Lu}[\p{L}.'-]*(?: (?:of|for|and|in|on|the))* ){1,8})(?:of|in|for) (?:the )?$/u.exec(before);
    if (run && run[1]!.split(/\s+/).some((w) => orgHeadSet.has(w) || /^(?:Cooperation|Security|Development|Affairs|Relations|Studies|Research|Trade|Health)$/.test(w))) return true;
  }
  return false;
}

/**
 * Every form of question for each fact in `facts`. Wrong choices are drawn from
 * `options.articleFacts` (all of the article's facts; by default `facts`), so asking about only
 * some facts still offers the article's other names and figures; `options.date` is the article's
 * publication date (wrong answers are chosen for that era).
 */
export function buildQuestions(facts: readonly Fact[], options: PoolOptions & { articleFacts?: readonly Fact[] } = {}): Candidate[] {
  const { articleFacts = facts, ...poolOptions } = options;
  const pools = buildPools(articleFacts, poolOptions);
  const orgNames = new Set<string>();
  for (const f of articleFacts) if (f.kind === "other" && (f.entityType === "org" || f.entityType === "other")) orgNames.add(f.answer);
  const out: Candidate[] = [];
  for (const f of facts) {
    if (isPoorFact(f, orgNames)) continue;
    // A reason or outcome is a phrase: asked as a choice or a claim, with its own wrong answers.
    if (isReasonFact(f)) {
      for (const q of buildReasonQuestions(f)) out.push({ question: q, fact: f });
      continue;
    }
    for (const q of [
      buildMultipleChoice(f, pools),
      buildMultipleResponse(f, pools),
      buildNumeric(f),
      buildShortAnswer(f, pools),
      buildCloze(f, pools),
      buildTrueFalse(f, pools),
    ])
      if (q) out.push({ question: q, fact: f });
  }
  const matching = buildMatching(articleFacts);
  if (matching) out.push({ question: matching });
  const ordering = buildOrdering(articleFacts);
  if (ordering) out.push({ question: ordering });
  return out;
}

export { buildCloze, buildMatching, buildMultipleChoice, buildMultipleResponse, buildNumeric, buildOrdering, buildShortAnswer, buildTrueFalse };
export { blankSentence, norm, BLANK } from "./common";
export { attributionStart, clauseAround, type Clause } from "./clause";
export { buildPools, type PoolOptions, dayChoices, looksLikePerson, distractors, nearbyValues, numberChoices, orgChoices, personChoices, placeChoices, restyleNumber, roleChoices, writtenNumber, type Pools } from "./distractors";
export { buildReasonChoice, buildReasonQuestions, buildReasonTrueFalse, isReasonFact, reasonClause } from "./reasons";
export { placeInfo, roleClass, roleCountry, type RoleClass } from "./kinds";
export { blankedPassage, countQuestion, directQuestion, dropLoneOpeningQuote, fillInTheBlank, isConversion, isOffice, personSubjectQuestion } from "./wording";
