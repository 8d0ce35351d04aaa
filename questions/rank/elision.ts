// Another draft's key, still printed in a prompt, is taken out (./mask.ts). Where the words around
// it are a phrase the sentence reads as well without ("is in Brazil for […] to discuss", "Earlier
// on […], the bank raised", "to _____ from […] percent"), the phrase goes with it; only a key the
// sentence needs (its subject, its object) is left as an editor's "[…]". Two readings by teachers
// counted every "[…]" as a gap that breaks the sentence (decision 016, tenth pass).

/** What the elided key is: a count, an amount (money, a share), a date, or a name (a place, a body, anything else). */
export type ElidedKind = "count" | "amount" | "date" | "name";
const isFigure = (kind: ElidedKind) => kind === "count" || kind === "amount";

/** Stands for a key being elided until the phrase around it is known; never left in a prompt. */
export const PENDING = "\u0001";

/** Hedges before a figure: "for about […] days". */
const HEDGE_WORDS = ["about", "some", "nearly", "almost", "around", "roughly", "more than", "less than", "fewer than", "at least", "at most", "over", "under", "up to", "just", "only", "exactly"];
const HEDGE = `(?:(?:${HEDGE_WORDS.join("|")}) )?`;
/** The same, opening a sentence ("More than […] rescuers and"). */
const HEDGE_ANY_CASE = `(?:(?:${HEDGE_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|")}) )?`;
/** Units a figure carries with it: "from […] percent", "for […] days", "a high of […] points". */
const UNIT = "(?: (?:percent|per cent|percentage points?|basis points|points?|years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?|metres?|meters?|degrees(?: Celsius| Fahrenheit)?|tonnes?|tons?))?";
/** A verb of changing a level: "raised its rate by […] to […]", "cut prices to […]". */
const CHANGE_VERB = /\b(?:rais|increas|hik|lift|boost|cut|lower|reduc|trim|slash|eas|rose|rise|rising|fell|fall|climb|drop|jump|slid|slip|grew|grow|soar|surg|plung|tumbl|gain|lost|los|ad[dj]|revis|recover|rebound)\w*\b/i;
/** Words that do not open a noun phrase: "sentencing him to […] in prison" has no noun after the figure. */
const FUNCTION_WORD = "(?:in|on|at|of|to|for|from|by|and|or|with|than|per|each|every|apiece|more|less|up|down|over|under|above|below|higher|lower|a|an|the|is|are|was|were|will|would|has|have|had)\\b";
/**
 * What may follow a phrase that goes: punctuation, or a word opening the next phrase. Not a noun:
 * "from […] countries" is how many countries, "a low of […] per dollar" a rate.
 */
const PHRASE_END =
  "(?=[.;:!?\"’”)]|,(?! ?[\\d_])|$| (?:in|on|at|to|for|from|by|with|and|but|as|after|before|since|until|during|amid|when|while|once|if|unless|because|which|who|that|this|last|next)\\b)";

const P = PENDING;
/** A mark an elided key left ("[…]", "[a number]": see ELIDED_MARK in ./mask.ts). */
const MARK = String.raw`\[(?:…|(?:an? )?[a-z]+)\]`;
/** "January 22, 1963" elided as two keys ("[a date], [a year]") is one date. */
const MARK_THEN_PENDING = new RegExp(`${MARK}, ${P}`, "g");
const PENDING_THEN_MARK = new RegExp(`${P}, ${MARK}`, "g");
/**
 * "during the […] […] in the capital": two keys side by side are one gap to a reader. (Two of one
 * kind stay that kind; a number beside a name is only "[…]".)
 */
const TWO_MARKS = new RegExp(`(${MARK}) (${MARK})`, "g");
/** "told the [an organisation]" reads "told the [organisation]": the sentence's own "the" stays. */
const THE_MARK = /\b([Tt]he) \[an? ([a-z]+)\]/g;
/** A figure whose unit stays printed after it ("ahead […] percent"). */
const FIGURE_THEN_UNIT = new RegExp(`${P}(?= (?:percent|per cent|percentage points?|points?)\\b)`, "g");
/** ", […]," / " ([…])": an appositive or an aside that is only the key. */
const APPOSITIVE = new RegExp(`, ${P},|(?<= )\\(${P}\\)`, "g");
/** "on […] of Chinese goods": an amount of something named after it. */
const AMOUNT_OF = new RegExp(`\\b(on|of|in|for) ${HEDGE}${P}${UNIT} (?:worth )?of (?=\\S)`, "gi");
/** A prepositional phrase holding the key, with the comma before and after it. */
const PHRASE = new RegExp(`(,? )?\\b(in|on|at|for|since|until|during|from|by|of) (?:the )?${HEDGE}(?:(?:early|late|mid)-?(?= ?${P}) ?)?${P}${UNIT}${PHRASE_END}(,)?`, "gi");
/** "to […]": a level reached ("to […] or more"). */
const TO_LEVEL = new RegExp(` to ${HEDGE}${P}${UNIT}(?: or (?:more|less|higher|lower|above|below))?${PHRASE_END}`, "g");
/** A share or a sum before a noun, at the start or after a preposition. */
const AMOUNT_BEFORE_NOUN = new RegExp(`(^|\\b(?:with|of|on|in|for|from|and) )${P}${UNIT} (?=\\p{Ll})(?!${FUNCTION_WORD})`, "gu");
/** "in […]'s South Velden district": the owner of a place named after it. */
const OWNER_OF_PLACE = new RegExp(`(?<=\\b(?:in|of|at|from|near) )${P}['’]s (?=\\p{Lu}|_____)`, "gu");
/** "in the city of […]." ending the sentence: the whole phrase, which without its name points nowhere ("sealing a pact in the city."). */
const IN_PLACE_NAMED = new RegExp(` (?:in|at|near) the (?:[\\p{Ll}-]+ ){0,2}(?:city|town|village|province|state|district|region|county|capital|island)(?: of)? ${PENDING}(?=[.;!?]|$)`, "gu");
/**
 * " in the mountainous […] district of Velden", " in […]'s […] district": a place phrase whose names
 * are taken out says little; it goes whole. (Where a place may pin the question down, only when no
 * name is left in it: "of Velden" still says where.)
 */
const MARKED_PLACE_PHRASE = new RegExp(
  ` (?:in|at|near) (?:the )?(?:[\\p{Ll}-]+ ){0,2}(?:${PENDING}|${MARK})(?:['’]s (?:${PENDING}|${MARK}))? (?:district|province|region|area|village|town|county|state)( of (?:the )?(?:\\p{Lu}[\\p{L}-]*|${PENDING}|${MARK})(?: (?:and )?\\p{Lu}[\\p{L}-]*){0,3})?(?=[.,;!?]| on\\b| in\\b| at\\b| during\\b| after\\b|$)`,
  "gu",
);
/** A place's name after what it is, ending the sentence. */
const PLACE_NAMED = new RegExp(`\\b(city|town|village|province|state|district|region|county|capital|island)(?: of)? ${P}(?=[.;!?]|$)`, "g");
/** A date straight after a verb. */
const DATE_AFTER_VERB = new RegExp(`(?<=\\b\\p{Ll}{2,}ed) ${P}${PHRASE_END}`, "gu");

/**
 * ", creating […] new jobs." / ", including […] children." / ", with […] still missing.": a clause
 * after the main one, ending the passage, that holds the key and no blank. ("during", "morning":
 * words in -ing that open no such clause.)
 */
const TRAILING_CLAUSE = new RegExp(`, (?!(?:during|morning|evening|spring|something|nothing|anything|everything)\\b)(?:\\p{Ll}+ing|with)\\b[^,;:_"“”‘’]*${P}(?:[^,;:_"“”‘’.!?]|\\.(?=\\d))*(?=[.!?]?$)`, "u");
/** " and nearly […] stores" ending a clause: a figure's conjunct after the blank's. (Not "between _____ and […]": a range.) */
const LAST_CONJUNCT = new RegExp(`(?<!\\bbetween [^,;]{0,40}) and ${HEDGE}${P}(?: [\\p{Ll}-]+){0,3}(?=[.!?;]|$| (?:had|have|has|were|was|are|is|will|would)\\b)`, "gu");
/** "were killed and […] injured in": a count's conjunct with its own participle, the verb shared. */
const PARTICIPLE_CONJUNCT = new RegExp(`(?<=\\b\\p{Ll}+ed) and ${HEDGE}${P}(?: [\\p{Ll}-]+)? \\p{Ll}+ed(?=[ ,.;?!]|$)`, "gu");
/** "[…] in revenue and nearly _____ stores": a figure's conjunct before the blank's, sharing its verb. */
const FIRST_CONJUNCT = new RegExp(`(?<=^|\\b(?!between|from)\\p{L}+ )${HEDGE_ANY_CASE}${P}(?: (?!(?:were|was|is|are|had|has|have|been|be|will|would|could|may|might)\\b|\\p{Ll}+ed\\b)[\\p{Ll}-]+| on \\p{Lu}\\p{Ll}+day){0,3} and (?=${HEDGE}_____)`, "gu");
/** "killed […] and wounded _____ others": a verb and its figure before the blank's verb. */
const FIRST_VERB_CONJUNCT = new RegExp(`\\b\\p{Ll}+(?:ed|ing) (?:(?:him|her|them|it) (?:to )?)?${HEDGE}${P}(?: [\\p{Ll}-]+){0,2} and (?=\\p{Ll}+(?:ed|ing) (?:(?:him|her|them|it) (?:to )?)?${HEDGE}_____)`, "gu");
/** "exported about […] tonnes of rice worth _____": the measure of a good, before it. */
const MEASURE_OF = new RegExp(`(?<=\\b\\p{Ll}+ )${HEDGE}${P} (?:(?:million|billion|thousand) )?(?:hectolitres|litres|liters|tonnes|tons|barrels|gallons|kilograms|kilos|cubic metres|bags|sacks|crates|containers) of (?=\\p{Ll})`, "gu");
/** "plans to invest […] in building": a sum after a verb of spending, before what it goes on. */
const SPENT = new RegExp(`\\b((?:invest|spend|spent|pay|paid|commit|pledg|allocat|earmark|inject|pump|set aside)\\p{Ll}*) ${HEDGE}${P}${UNIT} (?=(?:in|on|into|to|for|towards?)\\b)`, "gu");
/** "engulfed […] homes", "inked […] deals": a count as the object of a verb in the past, before what it counts. */
const COUNTED_OBJECT = new RegExp(`(?<=\\b\\p{Ll}{2,}ed )${HEDGE}${P} (?=\\p{Ll}{3,}s\\b)(?!${FUNCTION_WORD})`, "gu");
/** "to hit […].": a level reached after a rise or a fall. */
const TO_HIT = new RegExp(` to (?:hit|reach|total|stand at) ${HEDGE}${P}${UNIT}${PHRASE_END}`, "g");
/** "defeated his old rival […] at the polls": a name after an office its owner already says. */
const NAME_AFTER_OWNED = new RegExp(`\\b((?:his|her|their|its) (?:[\\p{L}-]+ ){0,2}(?:counterpart|rival|opponent|challenger|predecessor|successor|deputy|wife|husband)),? ${P}`, "gu");
/** ", currently […],": the level now, beside the blank's level to come. */
const ASIDE_LEVEL = new RegExp(`, (?:currently|now|then|previously|formerly|already|up from|down from) ${HEDGE}${P}${UNIT},`, "g");
/** "wine worth […] to Japan": what a thing is worth, after it (not "to be worth […]"). */
const WORTH = new RegExp(`(?<!\\b(?:be|is|was|are|were|been|being)) worth ${HEDGE}${P}(?=[ .,;])`, "g");

/** Prepositions whose phrase a sentence can lose, by what is elided after them. */
function dropsAfter(prep: string, kind: ElidedKind): boolean {
  switch (prep.toLowerCase()) {
    case "in":
    case "at":
      return true;
    case "on":
      // "on […]" a day, or an amount of goods; "on the […]" a name is what something is about.
      return kind !== "name";
    case "since":
    case "until":
    case "during":
      return kind === "date";
    case "for":
      // "for […] days", "for […] hours": how long; "set for […]" a date the sentence is about.
      return isFigure(kind);
    case "from":
    case "by":
      return kind !== "name";
    case "of":
      // "a high of […] points": the level of something named before it.
      return isFigure(kind);
    default:
      return false;
  }
}

/**
 * The passage with each pending elision either dropped with its phrase or written as "[…]". Only
 * phrases a reader does not miss go: a time, a place or a level in a prepositional phrase, an
 * appositive between commas, a share or sum used as an adjective ("with […] inflation").
 * `scoped`: the question asks a figure or a date, which a time or a place pins down ("over _____
 * cases in 2019" is not last year's count), or offers an option the article names elsewhere
 * ("visited _____ in 2019" when Osk was visited in 2020): a date's or a name's phrase stays, and
 * only another figure's goes ("raised by […] to _____").
 */
export function settleElisions(passage: string, kind: ElidedKind, elided: string, scoped = false): string {
  if (!passage.includes(PENDING)) return passage;
  let text = passage;
  const p = PENDING;
  // "January 22, 1963" elided as two keys ("[…], […]") is one date.
  text = text.replaceAll(`${p}, ${p}`, p).replace(MARK_THEN_PENDING, p).replace(PENDING_THEN_MARK, p);
  // ", […]," / " ([…])": an appositive or an aside that is only the key.
  text = text.replace(APPOSITIVE, "");
  // "on […] of Chinese goods" -> "on Chinese goods": an amount of something named after it.
  if (isFigure(kind)) text = text.replace(AMOUNT_OF, "$1 ");
  // "by […] to […]", "to _____ from […] percent", "in […]": a time, a place or a level.
  text = text.replace(PHRASE, (whole: string, comma: string | undefined, prep: string, after: string | undefined, at: number, all: string) => {
    if (!dropsAfter(prep, kind) || parallel(all, prep) || (scoped && !isFigure(kind))) return whole;
    // "The programme, begun in […], allowed": the phrase is all a participle between commas has.
    if (/, \p{Ll}+$/u.test(all.slice(0, at))) return whole;
    // A phrase between commas takes one comma with it; one opening the sentence takes its comma.
    const opens = /^\s*$|[.!?:"“‘]\s*$/.test(all.slice(0, at));
    if (comma && after) return ",";
    if (opens) return "";
    return after && !comma ? "," : "";
  });
  // "raise tariffs to […] from _____": "to" a level, after a verb of change.
  text = text.replace(TO_LEVEL, (whole, at: number, all: string) => (CHANGE_VERB.test(all.slice(Math.max(0, at - 60), at)) ? "" : whole));
  // (Each pattern is tried only where the words it needs are in the passage: most have none.)
  if (isFigure(kind)) {
    // "_____ passengers and […] were freed", "killed […] and wounded _____".
    if (text.includes(" and ")) text = text.replace(PARTICIPLE_CONJUNCT, "").replace(LAST_CONJUNCT, "").replace(FIRST_VERB_CONJUNCT, "").replace(FIRST_CONJUNCT, "");
    if (text.includes(", ")) text = text.replace(ASIDE_LEVEL, "");
    if (text.includes(" worth ")) text = text.replace(WORTH, "");
    if (text.includes(" of ")) text = text.replace(MEASURE_OF, "");
    if (text.includes(" to ")) text = text.replace(TO_HIT, "");
  }
  // "plans to invest […] in building a plant" -> "plans to invest in building a plant".
  if (kind === "amount") text = text.replace(SPENT, "$1 ");
  // "engulfed […] homes last Friday" -> "engulfed homes last Friday": the verb keeps its object.
  if (kind === "count") text = text.replace(COUNTED_OBJECT, "");
  // "... in Velden, creating […] new jobs." -> "... in Velden.": a clause after the main one.
  if (text.includes(", ")) text = text.replace(TRAILING_CLAUSE, "");
  if (kind === "amount") {
    // "with […] food inflation", "[…] tariffs on": a share or a sum as an adjective, at the start
    // or after a preposition (not after "some" or "more than"). Not a count: "[…] countries
    // signed" is not "Countries signed".
    text = text.replace(AMOUNT_BEFORE_NOUN, (_w, before: string) => before);
  }
  if (kind === "name" && text.includes(PENDING)) {
    text = text.replace(MARKED_PLACE_PHRASE, (whole: string, named: string | undefined) => (!whole.includes(PENDING) || (scoped && named && /\p{Lu}/u.test(named)) ? whole : ""));
  }
  if (kind === "name") {
    // "the coastal city of […].", "in the capital […].": a place's name after what it is, with the
    // phrase it closes where nothing pins the question to it (see `scoped`). (Not a name used as an
    // adjective: "the third-largest […] retailer" loses what it was the largest of.)
    if (!scoped) text = text.replace(IN_PLACE_NAMED, "");
    text = text.replace(PLACE_NAMED, "$1");
    if (/\b(?:his|her|their|its) /.test(text)) text = text.replace(NAME_AFTER_OWNED, "$1");
    if (text.includes(`${p}'s `) || text.includes(`${p}’s `)) text = text.replace(OWNER_OF_PLACE, "");
  }
  if (kind === "date" && !scoped) {
    // "was signed […] by": a date straight after a verb, with no preposition.
    text = text.replace(DATE_AFTER_VERB, "");
  }
  // "during the […] […] in the capital": two keys side by side are one gap to a reader.
  // "Kmart ahead [a number] percent": a share whose unit stays printed is a number, not a figure.
  const figureWithUnit = elided === "[a figure]" ? text.replace(FIGURE_THEN_UNIT, "[a number]") : text;
  return tidyPassage(figureWithUnit, /^(?:\p{Lu}|\u0001)/u.test(passage)).replaceAll(p, elided).replace(TWO_MARKS, (both: string, a: string, b: string) => (a === b ? a : "[…]")).replace(THE_MARK, "$1 [$2]");
}

/**
 * "Germany will lead the battalion in […], Britain in Estonia and Canada in _____": one phrase of a
 * list of like phrases cannot go without breaking the list.
 */
function parallel(text: string, prep: string): boolean {
  const like = text.match(new RegExp(`\\b${prep} (?:the )?(?:\\p{Lu}|_{3}|\u0001|${MARK})`, "giu"))?.length ?? 0;
  return like >= 3;
}

/** Spaces and punctuation left by a dropped phrase, and a capital for a sentence that lost its opening. */
export function tidyPassage(text: string, capital: boolean): string {
  const out = text
    .replace(/ {2,}/g, " ")
    // (Not before an ellipsis the article wrote: "good track ... heavy rail".)
    .replace(/ +([,;:!?]|\.(?!\.))/g, "$1")
    .replace(/,(?=[,.;:!?])/g, "")
    .replace(/^[\s,]+/, "");
  return capital ? out.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : out;
}
