import type { FactKind } from "../schema";
import type { EntityType } from "../entities";

/** One checkable statement found in the article, anchored to its source sentence. */
export interface Fact {
  /** Stable within one run: "s<sentence>-<answerStart>-<kind>". */
  id: string;
  kind: FactKind;
  /** The answer exactly as written in the sentence ("80,000", "Prime Minister Shigeru Ishiba"). */
  answer: string;
  /** Offsets of `answer` in the cleaned text. */
  answerStart: number;
  answerEnd: number;
  /** Numeric value with any scale applied ("$20bn" -> 20e9); the first value of a range. */
  value?: number;
  /** Every value the fact carries (both ends of "1910–45" -> [1910, 1945]). */
  values?: number[];
  /** Counted noun or unit ("US troops", "percent", "$"); for money the currency symbol. */
  unit?: string;
  /** Rate for money: "$600m a year" -> "year". */
  per?: string;
  /** Hedge words written before the number ("around", "at least"). */
  qualifier?: string;
  /** Who or what the fact is about: the role holder for a role, the other party for a meeting. */
  subject?: string;
  /** For people: the role or title the article gives them. */
  role?: string;
  /** "holder": the answer is a person holding `role`; "role-of": the answer is `subject`'s role. */
  relation?: "holder" | "role-of" | "affiliation";
  entityType?: EntityType | "list" | "quote" | "rank" | "time" | "month" | "year" | "day";
  /** For list facts ("Argentina, Ecuador, Paraguay and Uruguay"): the items. */
  items?: string[];
  /** The source sentence, exactly as it appears in the cleaned text, and its offsets. */
  sentence: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** The previous sentence, when this one opens with a pronoun that needs it. */
  context?: string;
}
