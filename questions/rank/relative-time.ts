// "on Tuesday", "yesterday", "last week": news dates its events from the day it was written. In a
// quiz read days or months later they point nowhere (RUBRIC.md: a self-contained question), and a
// teacher reading the top ten counted each one as a sentence copied from the page (decision 016,
// tenth pass). A prompt's quoted passage loses them where the sentence reads as well without: the
// blank is never moved, and a day that is itself asked ("on _____") is the question.
import type { Question } from "../schema";
import { tidyPassage } from "./elision";

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const PART_OF_DAY = "(?: (?:morning|afternoon|evening|night))?";
/** A day or week relative to the writing, as a phrase that may go: "early on Sunday", "last week". */
const RELATIVE = `(?:(?:early |late )?on ${WEEKDAY}${PART_OF_DAY}|on today${PART_OF_DAY}|(?<!\\b[Oo]n )(?:last |this )?${WEEKDAY}${PART_OF_DAY}|yesterday${PART_OF_DAY}|today|tonight|last night|(?:earlier |later )?(?:last|this) week)`;
/** Inside a sentence, after a word: " on Tuesday", " yesterday". Not before a possessive ("this week's issue") or the blank. */
const INSIDE = new RegExp(`(?<=[\\p{L}\\d%)’'\\]…_,]) ${RELATIVE}(?![\\p{L}'’])(?!,? _{3})`, "gu");
/** Opening the sentence: "Last week, ", "On Monday, ", "Yesterday ". */
const OPENING = new RegExp(`^${RELATIVE},? (?=\\p{L}|\\[)`, "iu");
/** Two different days: "down 2% on Monday and 3% on Tuesday" needs them to tell its figures apart. */
const DAYS = new RegExp(WEEKDAY, "g");

/** The passage without the days and weeks it counts from its own writing. */
export function withoutRelativeTime(passage: string): string {
  if (new Set(passage.match(DAYS) ?? []).size > 1) return passage;
  let text = passage.replace(INSIDE, "");
  const opening = OPENING.exec(text);
  if (opening) {
    const rest = text.slice(opening[0].length);
    text = rest[0] === "[" ? rest : rest[0]!.toUpperCase() + rest.slice(1);
  }
  return text === passage ? passage : tidyPassage(text, false);
}

/** Every day or week an article counts from its writing ("Monday", "yesterday", "last week"), as written. */
export function relativeDaysIn(sentences: Iterable<string>): Set<string> {
  const days = new Set<string>();
  const re = new RegExp(`\\b(?:${WEEKDAY}|yesterday|today|tonight|last night|(?:last|this) week)\\b`, "gi");
  for (const s of sentences) for (const m of s.matchAll(re)) days.add(m[0].toLowerCase());
  return days;
}

/**
 * The question with its quoted passage ("Fill in the blank: "..."") read without them, when no
 * other answer could then fit. Not a true/false statement (a false one may be false by its day,
 * "ruled on Tuesday"); not when the article counts from more than one day (`oneDay` false: "last
 * week visited _____" is Senegal, Monday's visit was to Rwanda); not when an option is named in the
 * article (`articleText`): that option may be the answer on another day.
 */
export function promptWithoutRelativeTime(q: Question, oneDay = true, articleText = ""): Question {
  const open = q.prompt.indexOf('"');
  const close = q.prompt.lastIndexOf('"');
  if (q.type === "true_false" || !oneDay || open < 0 || close <= open) return q;
  if (q.choices?.some((c) => c !== q.answer && articleText.includes(c))) return q;
  const prompt = `${q.prompt.slice(0, open + 1)}${withoutRelativeTime(q.prompt.slice(open + 1, close))}${q.prompt.slice(close)}`;
  return prompt === q.prompt ? q : { ...q, prompt };
}
