import type { FactKind } from "../schema";
import type { EntityType } from "../entities";

/** A reason or outcome phrase: a noun phrase ("new US duties"), a gerund ("winning the rerun"), a clause ("the rand fell"), a verb phrase after "to" ("resume talks"). */
export type ReasonShape = "noun" | "gerund" | "clause" | "verb";

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
  entityType?: EntityType | "list" | "quote" | "rank" | "ordinal" | "compound" | "time" | "month" | "year" | "day" | "weekday" | "relative" | "reason" | "outcome";
  /** For list facts ("Argentina, Ecuador, Paraguay and Uruguay"): the items. */
  items?: string[];
  /** The source sentence, exactly as it appears in the cleaned text, and its offsets. */
  sentence: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** The previous sentence, when this one opens with a pronoun that needs it. */
  context?: string;

  // ---- Optional structure for direct questions and ranking (all may be absent). ----
  /** For a person or organisation answer: the fullest name the article uses ("Lee" -> "Lee Jae Myung"). */
  canonical?: string;
  /** Who the sentence is about (its subject, "he"/"she" resolved), fullest name: "Kmart Holding Corp.". */
  actor?: string;
  /** The verb the fact hangs on, as written after the number or subject: "rose", "will buy", "killed". */
  verb?: string;
  /** What a rate, amount or count measures: "tariffs", "interest rates", "the vote", "annual revenue". */
  measure?: string;
  /** Money: ISO 4217 code when the currency is clear ("USD", "EUR", "GBP", "JPY", "INR"). */
  currency?: string;
  /** Meeting: everyone taking part (fullest names), the place and the time as written in the sentence. */
  participants?: string[];
  where?: string;
  when?: string;
  /** Date: the calendar date or year it resolves to, "2025-08-23" / "2025-08" / "2025"; for a range, `isoEnd` is its end. */
  isoDate?: string;
  isoEnd?: string;
  /** Date: written relative to publication ("on Saturday", "last week", "yesterday"); `isoDate` is set only when `publishedAt` was known. */
  relative?: boolean;
  /** Reason or outcome (entityType "reason"/"outcome", see ./reasons.ts): the words before the answer that mark it, as written ("in retaliation for", "agreed to"). */
  cue?: string;
  /** Reason or outcome: what the answer is grammatically, so that wrong answers can match it. */
  shape?: ReasonShape;
  /** Reason or outcome: the direct question the sentence's own clause gives ("Why did China raise tariffs on US goods?"). */
  ask?: string;
  /** Reason or outcome: the sentence's own verb comes after the phrase ("a landslide triggered by rain | has killed 25"). */
  midClause?: boolean;
  /** Reason or outcome: wrong answers of the same shape from the article's other sentences, best first. */
  alternatives?: string[];
  /** A fact that exists but makes a poor question; the ranker should push it down, not drop it. */
  lowValue?: boolean;
  /** Why it is low value: "unit-conversion" ("400 kilograms (882 pounds)"), "adjective" ("U.S.-led"), "bare-pronoun". */
  lowValueReason?: "unit-conversion" | "adjective" | "bare-pronoun";
}
