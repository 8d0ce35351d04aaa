// Words that say a title is not its holder's office today. Three readers need them: the ranker (a
// sitting G20 head is known before reading; a former or new one is news), the wording (the title
// of a sitting head goes into the blank with the name) and the era of an office (whose holders at
// the article's date make fair options).

/** The office was held, or is held for someone else, or is yet to be taken: "former", "acting", "-elect". */
const PAST_OR_STANDING_IN = ["former", "ex", "late", "then", "outgoing", "acting", "interim", "elect", "designate", "would-be"];
/** The office has just changed hands: "the new prime minister", "newly elected". */
const ARRIVING = ["incoming", "new", "newly"];
/** A rank below the office named: "deputy prime minister", "shadow chancellor". */
const BELOW = ["deputy", "vice", "assistant", "junior", "shadow"];

const words = (list: readonly string[]) => list.join("|");

/** Someone who is not (or not yet, or no longer) the sitting holder, or who has just become it. */
export const NOT_SITTING = new RegExp(`\\b(?:${words([...PAST_OR_STANDING_IN, ...ARRIVING])})\\b`, "i");
/** The same word last before a title: "former ", "ex-". */
export const NOT_SITTING_BEFORE = new RegExp(`\\b(?:${words([...PAST_OR_STANDING_IN, ...ARRIVING])})[ -]$`, "i");
/**
 * A role that is not the sitting holder of a dated office: past, standing in or below it, or an
 * office of a company, party or club rather than of a state ("chairman of the board").
 */
export const NOT_OFFICE_HOLDER = new RegExp(
  `\\b(?:${words([...PAST_OR_STANDING_IN, ...BELOW])})\\b|\\bof the (?:\\p{Lu}\\p{L}* )*(?:company|firm|group|board|university|party|club)\\b`,
  "iu",
);
