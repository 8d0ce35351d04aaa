// "Kmart Holding Corp." among Target, Costco and Walmart, or "Queensland Rail" among Indian
// Railways, SNCF and East Japan Railway in a Queensland story: the one option shaped like the
// key, or the one naming a place of the story, is picked unread (RUBRIC.md: no option that gives
// the key away; two judges' readings, decision 016, eleventh pass). Such a multiple-choice form
// ranks below the same fact's typed form, which asks it without the options.
import type { Question } from "../schema";
import { norm } from "../build";
import type { ArticleShape } from "./importance";

/** The company-form words a name may end with. */
const COMPANY_SUFFIX = /\b(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|Holdings?|Group|AG|SA|NV|LLC|Co\.)$/;
/** What a multiple-choice form that gives its key away is worth beside its other forms. */
export const STANDS_OUT = 0.3;

const optionsBesides = (q: Question): string[] => (q.choices ?? []).filter((c): c is string => typeof c === "string" && c !== q.answer);

/**
 * The key stands out among its options: it alone ends like a company's registered name, or it alone
 * holds a word the article names as a place or body of its own ("Queensland" of "Queensland Rail").
 */
export function keyStandsOut(q: Question, shape: Pick<ArticleShape, "mentions">): boolean {
  if (q.type !== "multiple_choice" || typeof q.answer !== "string") return false;
  const others = optionsBesides(q);
  if (!others.length) return false;
  const key = q.answer;
  if (COMPANY_SUFFIX.test(key) && !others.some((o) => COMPANY_SUFFIX.test(o))) return true;
  const words = key.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{3,}$/u.test(w));
  if (words.length < 2) return false;
  return words.some((w) => shape.mentions.has(`txt|${norm(w)}`) && !others.some((o) => o.split(/\s+/).includes(w)));
}
