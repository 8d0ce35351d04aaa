// A story's first drafts share its lead: "Discount retailer _____ will buy Sears in a $11.5 billion
// deal" prints the key of "... in a _____ deal", and a story's main person, asked once, is named in
// half the other prompts. A learner reading one question then has another's answer. Ranking them
// apart lost the key facts (they share the lead), so the answers are taken out of the other prompts
// where the sentence reads as well without them (decision 016, eighth pass):
// - a figure used as an adjective goes: "in a $11.5 billion deal" -> "in a deal";
// - a person's name after their office goes: "Chief Executive Jane Doe said" -> "The chief
//   executive said" (the office stays, with "the" where English needs it);
// - a person named without an office is named by it, in brackets as an editor would: "Zuma was
//   sentenced" -> "[The former president] was sentenced", when the article gives the office (before
//   the name, or once after it between commas: "Ada Nwosu, rescue adviser to the governor,"), and
//   one titled by what they are by that: "Justice Ana Ruiz ruled" -> "The judge ruled";
// - an organisation after "the" is named by what it is: "the Velden Port Authority" -> "the authority";
// - a second clause after the blank that prints the key goes: "... to _____ and has five days to ...";
// - what is still printed after that is elided as a quotation elides words, "[…]": a figure or a
//   date wherever it stands ("plans to invest […] in a plant in _____"), anything else when it is
//   printed in its own source sentence, the same sentence blanked again (decision 016, ninth pass).
import { norm, placeInfo } from "../build";
import { DOCUMENT } from "../build/distractors/orgs";
import { numberWords, titles } from "../data";
import type { Fact } from "../facts";
import { MONTH_AFTER, MONTH_BEFORE } from "../facts/numbers";
import type { Question } from "../schema";
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, escapeRegExp, indexOfLiteral, literalMatches, replaceLiteral } from "../nlp/regexp";
import { PENDING, settleElisions, type ElidedKind } from "./elision";

/** What a draft carries that masking reads and rewrites. */
export interface Maskable {
  question: Question;
  variants: Question[];
  fact?: Fact;
}

/** Prompts of the first this many drafts are cleared of each other's keys both ways; later ones of earlier keys only. */
export const TOP = 10;

/** The number words of our data ("one" to "hundred"); not "dozen", which follows "a". */
const NUMBER_WORDS = Object.keys(numberWords).filter((w) => w !== "dozen").join("|");
const FIGURE_KEY = new RegExp(`^(?:[$€£¥₹]|Rs\\.? ?|Sh ?)?\\d|^(?:${NUMBER_WORDS})\\b`, "i");

/** Words that end an office ("Chief Executive", "former minister", "Acting Chief Justice"). */
const OFFICE_ENDS = new Set(
  [...titles.roleNouns, ...titles.offices, "justice", "senator", "judge", "commander", "chairperson", "rival", "opponent", "challenger", "counterpart", "predecessor", "successor"].map((w) => w.toLowerCase().split(" ").pop()!),
);
/** Capitalised words that open a sentence, not an office: "Yesterday President ...". */
const OPENER = /^(?:The|A|An|On|In|At|By|For|With|From|To|Of|Yesterday|Today|Tonight|Then|But|And|Or|So|When|After|Before|As|While|Meanwhile|Earlier|Later|Now|Also|However|This|That|Last|Next)$/;
/** Words after which "the" may open a noun phrase: prepositions, conjunctions and verbs of meeting or saying. */
const BEFORE_THE = /^(?:of|to|in|on|at|by|for|with|from|and|or|but|that|as|than|between|among|against|after|before|about|under|over|including|like|said|says|told|met|meet|meets|meeting|visit|visited|visits|called|thanked|urged|asked|convicted|sentenced|accused|cheer|cheered|greeted|joined|replaced|succeeded|defeated|beat|backed|named|appointed|elected)$/;
/** An office that says whose it is ("Peru's President", "his old rival") takes no "the". */
const OWNED_OFFICE = /['’]s\b|^(?:his|her|their|its) /;
const HONORIFIC = new Set(titles.honorifics.map((h) => h.toLowerCase()));
/** A word before an office that makes "the" unneeded ("its chief executive"). */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|whose)$/i;

/** A person's forms a prompt may print: the full name and the family name (from the accepted answers). */
function personForms(q: Question, f: Fact | undefined): string[] {
  const names = new Set<string>();
  const full = f?.canonical ?? (typeof q.answer === "string" ? q.answer : "");
  if (full) names.add(full);
  if (typeof q.answer === "string") names.add(q.answer);
  // The family name alone as the name's culture orders it ("Xi", "Lee"), from the accepted answers.
  for (const a of q.acceptedAnswers ?? []) if (/^\p{Lu}[\p{L}'’-]{1,}$/u.test(a)) names.add(a);
  // "Mr Joko", "Mr Xi": any word of the name after a courtesy title is that person.
  for (const w of full.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]+$/u.test(w)) for (const t of ["Mr", "Mrs", "Ms", "Dr"]) names.add(`${t} ${w}`);
  return [...names].filter((n) => /^\p{Lu}/u.test(n)).sort((a, b) => b.length - a.length);
}

const isPersonDraft = (d: Maskable) => d.fact !== undefined && (d.fact.entityType === "person" || (d.fact.kind === "role" && d.fact.relation === "holder"));
const isFigureDraft = (d: Maskable) => FIGURE_KEY.test(String(d.question.answer)) && ["count", "money", "percentage"].includes(d.fact?.kind ?? "");
const isDateDraft = (d: Maskable) => d.fact?.kind === "date" && /\d/.test(String(d.question.answer));

/** "16" -> "sixteen", from the same number words. */
const WORD_FOR_NUMBER = new Map(Object.entries(numberWords).filter(([w]) => w !== "dozen").map(([w, n]) => [n, w]));

/** The key's leading number written the other way: "16" for "Sixteen", "sixteen"/"Sixteen" for "16 people" (up to nineteen). */
function otherNumberForms(key: string): string[] {
  const first = /^[\p{L}\d]+(?=\s|$)/u.exec(key)?.[0] ?? "";
  if (/^\d+$/.test(first)) {
    const word = Number(first) <= 19 ? WORD_FOR_NUMBER.get(Number(first)) : undefined;
    return word && Number(first) >= 2 ? [word, word[0]!.toUpperCase() + word.slice(1)] : [];
  }
  const n = numberWords[first.toLowerCase()] ?? 0;
  return n >= 2 && n <= 19 ? [String(n)] : [];
}

/** The mark an editor puts where words of a quotation are left out, when what they were is not known. */
export const ELIDED = "[…]";
/**
 * Any mark left where another draft's key was: "[…]", or what it was ("[a number]", "[a country]").
 * A bare "[…]" read as a broken sentence to every teacher; "Sears up [a figure] and Kmart ahead
 * _____" reads as a sentence with a word withheld (decision 016, thirteenth pass). After the
 * sentence's own "the" the label loses its article: "told the [organisation]".
 */
export const ELIDED_MARK = /\[(?:…|(?:an? )?(?:number|figure|date|year|month|country|city|place|company|bank|court|party|organisation|name))\]/g;
const PLACE_LABEL: Record<string, string> = { country: "[a country]", city: "[a city]", place: "[a place]" };
const ORG_LABEL: Record<string, string> = { company: "[a company]", bank: "[a bank]", "central bank": "[a bank]", court: "[a court]", party: "[a party]" };

/** A figure with no noun after it: "16", "1,424", "sixteen", "about 300". */
const BARE_NUMBER = new RegExp(`^(?:(?:about|some|nearly|almost|around|more than|at least|over) )?(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, "i");

/** What stands for an elided key: its kind where the fact says it, else "[…]". */
function elidedLabel(d: Maskable, kind: ElidedKind): string {
  const f = d.fact;
  if (!f) return ELIDED;
  // Only a label that stands for the whole key: "[a number]" for "16", not for "seven soldiers"
  // ("[a number] of the army" reads wrong; "[…] of the army" reads as words left out).
  if (kind === "count") return BARE_NUMBER.test(String(d.question.answer)) ? "[a number]" : ELIDED;
  if (kind === "amount") return "[a figure]";
  if (kind === "date") return f.entityType === "year" ? "[a year]" : f.entityType === "month" ? "[a month]" : "[a date]";
  // A place the gazetteers know, or a country or city by the tagger: "State Capture" typed as a place is not one.
  if (f.kind === "place") return placeInfo(String(d.question.answer).replace(/^the /, "")).kind !== "unknown" || f.entityType === "country" || f.entityType === "city" ? (PLACE_LABEL[f.entityType ?? ""] ?? "[a place]") : ELIDED;
  // A treaty or a summit the tagger took for a body is no organisation.
  if (f.kind === "other" && f.entityType === "org" && !DOCUMENT.test(String(d.question.answer))) return ORG_LABEL[orgHeadNoun(String(d.question.answer)) ?? ""] ?? "[an organisation]";
  return ELIDED;
}

// Around an elided key (see literalMatches for why these are apart from the key).
const ELIDE_BEFORE = /(?<![\p{L}\p{N}\[]|[\p{L}\p{N}][.,])/uy;
const ELIDE_AFTER = /(?![\p{L}\p{N}\]]|[.,]\d| \p{Lu})/uy;

/**
 * The key, still printed in the quoted passage, replaced by "[…]". Not inside a longer name ("Kigali"
 * in "the Kigali Declaration" is another thing, unlike "Rwanda's Kigali"), a figure ("12" in "2012", "12.5"), brackets, or the
 * passage's own quotations.
 */
function elide(prompt: string, key: string, kind: ElidedKind, scoped: boolean, label = ELIDED): string {
  let open = prompt.indexOf('"');
  let close = prompt.lastIndexOf('"');
  if (open < 0 || close <= open) {
    // A question in its own words ("Who is set to return as the company's profit rose to Sh5
    // billion?") prints another draft's figure or date as plainly as a quoted passage does; a name
    // there is what the question is about.
    if (kind === "name") return dropClosingPlace(prompt, key);
    open = -1;
    close = prompt.length;
  }
  const passage = prompt.slice(open + 1, close);
  const name = /^\p{Lu}/u.test(key);
  const out = replaceLiteral(passage, key, ELIDE_BEFORE, ELIDE_AFTER, (whole: string, at: number) => {
    // "Port Kelso" is not Kelso: a name after a capitalised word that is neither an opener nor an owner.
    const before = nameWordBefore(passage, at);
    if (name && before && !OPENER.test(before) && !/['’]s$/.test(before)) return whole;
    // "November 2", "2 November": a day of a date, not the figure another draft asks.
    if (/^\d{1,2}$/.test(key) && (MONTH_BEFORE.test(passage.slice(Math.max(0, at - 12), at)) || MONTH_AFTER.test(passage.slice(at + key.length, at + key.length + 12)))) return whole;
    return insideQuotation(passage, at) ? whole : PENDING;
  });
  return out === passage ? prompt : `${prompt.slice(0, open + 1)}${settleElisions(out, kind, label, scoped)}${prompt.slice(close)}`;
}

/**
 * "How many soldiers were killed in an encounter in the mountainous Osk district of Velden?" prints
 * another draft's place: where the question closes on the place phrase that holds it, the phrase
 * goes ("How many soldiers were killed in an encounter?"); the question still reads whole.
 */
const CLOSING_PLACE = / (?:in|at|near|outside|across|inside) (?:the |a )?(?:(?!(?:after|before|when|while|because|since|as|that|which|who|where|to|for|from|with|by|over|than)\b)[^\s,;:?"]+ ?){1,10}\?$/y;
/** Words a question in its own words keeps after the place phrase goes. */
const MIN_QUESTION_WORDS = 5;
function dropClosingPlace(prompt: string, key: string): string {
  const at = indexOfLiteral(prompt, key, ELIDE_BEFORE, ELIDE_AFTER);
  if (at < 0 || !prompt.endsWith("?")) return prompt;
  // The phrase starts at the last place preposition before the key, and runs to the question mark.
  for (let from = prompt.lastIndexOf(" ", at); from > 0; from = prompt.lastIndexOf(" ", from - 1)) {
    CLOSING_PLACE.lastIndex = from;
    if (!CLOSING_PLACE.test(prompt)) continue;
    const head = prompt.slice(0, from);
    return head.split(/\s+/).length < MIN_QUESTION_WORDS ? prompt : `${head}?`;
  }
  return prompt;
}

/**
 * The office the article writes before a person's full name ("former president Jacob Zuma",
 * "Indonesia's President Joko Widodo"), as written, with its owner: undefined when it never does.
 * (Read off the text rather than the role facts: those drop "former" and the owner.)
 */
export function officeOf(person: string, sentences: readonly string[]): string | undefined {
  let after: string | undefined;
  for (const sentence of sentences) {
    if (!sentence.includes(person)) continue;
    const at = indexOfLiteral(sentence, person, NO_LETTER_BEFORE, NO_LETTER_AFTER);
    const title = at >= 0 ? officeBefore(sentence, at) : undefined;
    if (!title) {
      after ??= at >= 0 ? officeAfter(sentence.slice(at + person.length)) : undefined;
      continue;
    }
    const owner = /(\p{Lu}[\p{L}.]*['’]s) $/u.exec(sentence.slice(0, title.start));
    return [...(owner ? [owner[1]!] : []), ...title.words].join(" ");
  }
  // An office written once only: two chief executives, or a prime minister beside another, would
  // leave "[the chief executive]" naming either.
  const head = after?.split(" ").pop();
  if (!after || sentences.reduce((n, s) => n + (s.toLowerCase().split(head!).length - 1), 0) > 1) return undefined;
  return after;
}

/**
 * The office a name is followed by, set off by commas as news writes it: "Ada Nwosu, disaster
 * adviser to the state governor, said" -> "disaster adviser"; "Li Wen, the bank's chief economist,"
 * -> "the bank's chief economist". Up to the office word, and only a few lowercase words before it.
 */
function officeAfter(rest: string): string | undefined {
  const m = /^, ((?:the |an? )?(?:\p{Lu}[\p{L}.]*['’]s )?(?:[\p{Ll}-]+ ){0,3}?[\p{Ll}-]+)(?=[,.]| (?:to|of|at|for|in|with|on)\b)/u.exec(rest);
  if (!m) return undefined;
  const phrase = m[1]!.replace(/^an? /, "");
  const last = phrase.split(" ").pop()!;
  if (!OFFICE_ENDS.has(last) || phrase.split(" ").length < 2) return undefined;
  return phrase.replace(/^the /, "");
}

/** Titles that are also what the person is: "Justice Ana Ruiz" is the judge, "Sen. Tom Hale" the senator. */
const TITLE_ROLE: Record<string, string> = { justice: "judge", judge: "judge", sen: "senator", senator: "senator", rep: "representative", gen: "general", gov: "governor" };

/** `(?<=\b(\p{Lu}\p{Ll}+\.?))`: a capitalised word ending where the name's space starts. */
const TITLE_BEFORE = /(?<=\b(\p{Lu}\p{Ll}+\.?))/uy;

/** The first match of `\b(\p{Lu}\p{Ll}+\.?) ${person}(?![\p{L}])`, its title in [1] (see literalMatches). */
function titleBefore(text: string, person: string): RegExpExecArray | null {
  for (const at of literalMatches(text, ` ${person}`, TITLE_BEFORE, NO_LETTER_AFTER)) {
    TITLE_BEFORE.lastIndex = at;
    return TITLE_BEFORE.exec(text);
  }
  return null;
}

/**
 * The role a person's title names ("judge" for "Justice Ana Ruiz"), when the article gives that
 * title to no one else: with two senators, "the senator" would name either.
 */
export function titleRoleOf(person: string, sentences: readonly string[]): { title: string; role: string } | undefined {
  const text = sentences.join(" ");
  const m = titleBefore(text, person);
  const role = m ? TITLE_ROLE[m[1]!.replace(/\.$/, "").toLowerCase()] : undefined;
  if (!m || !role) return undefined;
  const others = [...text.matchAll(new RegExp(`\\b${escapeRegExp(m[1]!)} (\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*)`, "gu"))].filter((x) => x[1]!.split(" ").pop() !== person.split(" ").pop());
  return others.length ? undefined : { title: m[1]!, role };
}

/** "a $11.5 billion deal" -> "a deal": a figure between a determiner and its noun. */
function dropAttributiveFigure(prompt: string, key: string): string {
  const re = new RegExp(`\\b(a|an|the|its|their|his|her|this|that)\\s+(?:about |some |nearly |almost |around |more than )?${escapeRegExp(key)}(?:-[a-z]+)?\\s+(?=[a-z])`, "gi");
  return prompt.replace(re, (_, det: string, offset: number, whole: string) => {
    const next = whole.slice(offset + _.length);
    // "a" before a vowel sound becomes "an" and back, as the next word needs.
    const article = /^an?$/i.test(det) ? (/^[aeiou]/i.test(next) ? "an" : "a") : det;
    return `${det[0] === det[0]!.toUpperCase() ? article[0]!.toUpperCase() + article.slice(1) : article} `;
  });
}

// `((?:[\p{L}.'’-]+ ){1,4})$` on the text before `at`, read backwards from `at`: anchored at the
// end, that pattern was tried from every position of the text before.
const OFFICE_WORDS = /(?<=((?:[\p{L}.'’-]+ ){1,4}))/uy;
/** `(\p{Lu}[\p{L}.'’-]*) $` on the text before `lastIndex`, read backwards likewise. */
const NAME_WORD_BEFORE = /(?<=(\p{Lu}[\p{L}.'’-]*) )/uy;
const nameWordBefore = (text: string, at: number) => ((NAME_WORD_BEFORE.lastIndex = at), NAME_WORD_BEFORE.exec(text)?.[1]);

/** The words of an office just before `at` ("Safaricom Chief Executive "), or undefined. */
function officeBefore(text: string, at: number): { start: number; words: string[] } | undefined {
  OFFICE_WORDS.lastIndex = at;
  const m = OFFICE_WORDS.exec(text);
  if (!m) return undefined;
  const words = m[1]!.trim().split(" ");
  const last = words[words.length - 1]!.toLowerCase();
  if (!OFFICE_ENDS.has(last)) return undefined;
  // The office phrase: back from its last word while the words are capitalised or office words.
  let i = words.length - 1;
  while (i > 0 && !OPENER.test(words[i - 1]!) && (/^\p{Lu}/u.test(words[i - 1]!) || OFFICE_ENDS.has(words[i - 1]!.toLowerCase()) || /^(?:former|acting|deputy|interim|incumbent|outgoing|new|then)$/i.test(words[i - 1]!))) i--;
  // "Malawi's opposition leader": lowercase words before the office belong to it when an owner
  // ("Malawi's", "the party's") opens them; otherwise they are the sentence's ("has convicted").
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (/['’]s$/.test(words[j]!) || /^(?:his|her|their|its)$/.test(words[j]!)) {
      i = j;
      break;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[j]!)) break;
  }
  const phrase = words.slice(i);
  // "Rep. Dennis Hastert", "Justice G. Jayachandran", "King Abdullah": a title that goes with the
  // name, not an office to name someone by ("the Rep.").
  if (phrase.length === 1 && HONORIFIC.has(phrase[0]!.replace(/\.$/, "").toLowerCase())) return undefined;
  const start = at - phrase.join(" ").length - 1;
  return { start, words: phrase };
}

/** Where a quoted passage or the prompt itself starts a sentence before `at`. */
const startsSentence = (text: string, at: number) => /(?:^|[.!?]\s+|["“‘:]\s*|\[\s*)$/.test(text.slice(0, at));

/**
 * What an organisation is, as a reader would call it after its name: "the court", "the bank". Only
 * heads that read well alone ("the union" for the European Union does not).
 */
const ORG_HEADS: Record<string, string> = {
  inc: "company", "inc.": "company", corp: "company", "corp.": "company", ltd: "company", "ltd.": "company", plc: "company", holdings: "company", company: "company", corporation: "company",
  bank: "bank", fund: "fund", ministry: "ministry", department: "department", committee: "committee", commission: "commission", council: "council", agency: "agency",
  court: "court", authority: "authority", board: "board", party: "party",
};

/** The head noun of an organisation's name ("Constitutional Court of South Africa" -> "court"), or undefined. */
export function orgHeadNoun(name: string): string | undefined {
  // "the Reserve Bank", "the Central Bank of Velden": what a reader calls it is "the central bank".
  if (/\b(?:Reserve|Central) Bank\b/.test(name)) return "central bank";
  const words = name.split(/ of | for /)[0]!.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  return ORG_HEADS[words[words.length - 1]!.toLowerCase()];
}

/**
 * "the Velden Port Authority said" -> "the authority said": an organisation named by what it is,
 * only where "the" already stands before its name (or it opens the sentence) and the name ends
 * there: "Discount retailer Acme Corp.", "Acme Bank Governor", "the Acme Commission of Inquiry" and
 * "South Africa's Reserve Bank" stay as written.
 */
function maskOrg(prompt: string, name: string, head: string, ownWords: ReadonlySet<string>): string {
  if (head.split(" ").some((w) => ownWords.has(w))) return prompt;
  // ("Velden's Reserve Bank raised ..." -> "Velden's bank raised ...": the owner stands for "the".)
  const re = new RegExp(`(?:\\b([Tt]he) |(?<=^|["“‘:] ?)|(?<=\\p{L}['’]s ))${escapeRegExp(name)}(?![\\p{L}\\p{N}])(?! \\p{Lu}| of\\b| for\\b)`, "gu");
  return prompt.replace(re, (whole: string, article: string | undefined, at: number) => {
    if (insideQuotation(prompt, at)) return whole;
    if (!article && /['’]s $/.test(prompt.slice(0, at))) return head;
    const capital = article ? article === "The" : startsSentence(prompt, at);
    return `${capital ? "The" : "the"} ${head}`;
  });
}

/** Inside a quotation within the passage (‘...’): someone's words are not rewritten. */
function insideQuotation(text: string, at: number): boolean {
  const open = text.lastIndexOf("‘", at);
  return open >= 0 && text.indexOf("’", open) > at && !/\p{L}/u.test(text[open - 1] ?? "");
}

// Around a person's name in a prompt: not inside a longer word or brackets.
const NAME_BEFORE = /(?<![\p{L}\[])/uy;
const NAME_AFTER = /(?![\p{L}\]])/uy;

/** A person's name taken out of a prompt: after an office, the office stays; alone, the office stands in. */
function maskPerson(prompt: string, name: string, office: string | undefined, ownWords: ReadonlySet<string>, titled?: { title: string; role: string }): string {
  // An office that shares a word with the question's own key would hint at it ("[the minister], a former _____").
  const hints = (text: string) => norm(text).split(" ").some((w) => ownWords.has(w));
  // "[Jane Doe] said ...": a pronoun already named in brackets is named by the office instead.
  if (office?.includes(" ") && !hints(office) && prompt.includes(`[${name}]`)) {
    const text = OWNED_OFFICE.test(office) ? office : `the ${office}`;
    prompt = prompt.replace(`[${name}]`, (_m: string, at: number) => `[${startsSentence(prompt, at) ? text[0]!.toUpperCase() + text.slice(1) : text}]`);
  }
  let out = "";
  let from = 0;
  for (const at of literalMatches(prompt, name, NAME_BEFORE, NAME_AFTER)) {
    if (at < from || insideQuotation(prompt, at)) continue;
    // "Okafor" inside "Maria Okafor" left as written (after "Velden's", say) is part of that name.
    const wordBefore = nameWordBefore(prompt, at);
    if (wordBefore && !OFFICE_ENDS.has(wordBefore.toLowerCase()) && !HONORIFIC.has(wordBefore.replace(/\.$/, "").toLowerCase())) continue;
    const title = officeBefore(prompt, at);
    if (!title && titled && prompt.slice(0, at).endsWith(`${titled.title} `) && !hints(titled.role)) {
      // "Justice Ana Ruiz suspended ..." -> "The judge suspended ...".
      const cut = at - titled.title.length - 1;
      out += `${prompt.slice(from, cut)}${startsSentence(prompt, cut) ? "The" : "the"} ${titled.role}`;
    } else if (title && !hints(title.words.join(" "))) {
      // "Chief Executive Jane Doe" -> "the Chief Executive"; "Peru's President Jane Doe" keeps its owner.
      const lead = prompt.slice(0, title.start).trimEnd();
      const owned = /['’]s$/.test(lead) || /['’]s$/.test(title.words[0]!) || DETERMINER.test(title.words[0]!) || DETERMINER.test(lead.split(/\s+/).pop() ?? "");
      const phrase = title.words.join(" ");
      // "of conservative President X": "the" would have to go before the adjective, which cannot be
      // told from a verb here; such a name is left.
      const prev = lead.split(/\s+/).pop() ?? "";
      if (!owned && /^\p{Ll}/u.test(prev) && !BEFORE_THE.test(prev)) continue;
      out += prompt.slice(from, title.start) + (owned ? phrase : `${startsSentence(prompt, title.start) ? "The" : "the"} ${phrase}`);
    } else if (office && office.includes(" ") && !hints(office) && !/['’]s $/.test(prompt.slice(0, at))) {
      // A name after "Mr" or "Dr" goes with it: "[the president]", not "Mr [the president]".
      const honorific = /\b(?:Mr|Mrs|Ms|Dr|Miss)\.? $/.exec(prompt.slice(0, at));
      const cut = honorific ? at - honorific[0].length : at;
      const text = OWNED_OFFICE.test(office) ? office : `the ${office}`;
      out += `${prompt.slice(from, cut)}[${startsSentence(prompt, cut) ? text[0]!.toUpperCase() + text.slice(1) : text}]`;
    } else continue;
    from = at + name.length;
  }
  return from === 0 ? prompt : out + prompt.slice(from);
}

/** How one draft's key is taken out of other prompts; worked out once per draft. */
export interface KeyMask {
  key: string;
  normKey: string;
  /** `scoped`: the prompt asks a figure or a date, or offers an option the article names (see settleElisions). */
  apply(prompt: string, ownWords: ReadonlySet<string>, sourceSentence: string | undefined, scoped: boolean): string;
}

function keyMaskOf(d: Maskable, sentences: readonly string[]): KeyMask | undefined {
  const answer = d.question.answer;
  const key = typeof answer === "string" ? answer : typeof answer === "number" ? String(answer) : "";
  // A key of a letter or two ("5", "UK") is found inside too much else to cut by.
  if (key.length < 2) return undefined;
  const normKey = norm(key);
  // Elided wherever it stands: a figure or a date; anything else in its own sentence only (a story's
  // country or main company is printed all over the other prompts, where eliding it would leave
  // them unreadable).
  const everywhere = isFigureDraft(d) || isDateDraft(d);
  const ownSentence = d.fact?.sentence;
  const kind: ElidedKind = isFigureDraft(d) ? (d.fact?.kind === "count" ? "count" : "amount") : isDateDraft(d) ? "date" : "name";
  const label = elidedLabel(d, kind);
  const elideRest = (prompt: string, source: string | undefined, scoped: boolean) => {
    if (!prompt.includes(key)) return prompt;
    if (everywhere || (ownSentence !== undefined && source === ownSentence)) return elide(prompt, key, kind, scoped, label);
    // A question in its own words loses a place phrase it closes on whatever sentence it comes
    // from: nothing is left as "[…]" ("... airlifted to hospital in Osk in a serious condition?").
    // (Such a question ends on its question mark; a quoted passage ends on its quotation mark.)
    return kind === "name" && prompt.endsWith("?") ? dropClosingPlace(prompt, key) : prompt;
  };
  if (isFigureDraft(d)) {
    const others = d.fact?.kind === "count" ? otherNumberForms(key) : [];
    return {
      key,
      normKey,
      apply: (prompt, _own, source, scoped) => {
        let out = prompt.includes(key) ? elideRest(dropTrailingClauseWith(dropAttributiveFigure(prompt, key), key), source, scoped) : prompt;
        // "Sixteen" asked, "among 16 people still missing" printed: the same figure in other writing.
        // (Only a count of something after it: not "Two-thirds", not "16.5". The form is a bare
        // number, so "[a number]" stands for all of it.)
        for (const form of others) if (out.includes(form) && new RegExp(`(?<![\\p{L}\\p{N}.,-])${form} \\p{Ll}`, "u").test(out)) out = elide(out, form, kind, scoped, "[a number]");
        return out;
      },
    };
  }
  if (!isPersonDraft(d)) {
    const head = d.fact?.entityType === "org" ? orgHeadNoun(key) : undefined;
    return { key, normKey, apply: (prompt, ownWords, source, scoped) => (prompt.includes(key) ? elideRest(dropTrailingClauseWith(head ? maskOrg(prompt, key, head, ownWords) : prompt, key), source, scoped) : prompt) };
  }
  const forms = personForms(d.question, d.fact);
  const office = officeOf(d.fact?.canonical ?? key, sentences);
  const titled = titleRoleOf(d.fact?.canonical ?? key, sentences);
  return {
    key,
    normKey,
    apply: (prompt, ownWords) => forms.reduce((text, name) => (text.includes(name) ? dropTrailingClauseWith(maskPerson(text, name, office, ownWords, titled), name) : text), prompt),
  };
}

/**
 * Where a second clause starts after the blank: " and has five days to ...", ", and 12 are still
 * missing", " and fining him ...". Not " and " inside a list ("met _____ and Ann Lee", "are the
 * treaty, and the declaration"): cutting a list would leave its other items as right answers.
 */
const SECOND_CLAUSE = new RegExp(
  String.raw`(?:,? and (?=(?:has|have|had|was|were|is|are|will|would|could|can|may|must|did|does|said|says|that|then|also|\p{Ll}+ed|\p{Ll}+ing)\b)|, and (?=\d|(?:he|she|they|it|there|${NUMBER_WORDS})\b)|, with (?=\d|(?:${NUMBER_WORDS}|more than|at least|about|some|nearly|another)\b)|, while |; )`,
  "giu",
);
/** ", a brief statement issued by the office in Islamabad said." at the end of a passage. */
const SAID_TAIL = /^,\s+(?:according to [^,;]{2,80}|[^,;]{1,90}?\s(?:said|says|reported|added|announced|confirmed|stated))(?: on [A-Z][a-z]+day)?\s*[.!]?$/;
/** A clause ending on its verb ("... signed"), whose object comes after the second verb. */
const SHARED_OBJECT = /\b(?:\p{Ll}+ed|signed|made|built|won|lost|bought|sold|sent|took|gave|set|met|hit|cut|led|held|launched)$/u;
/** Words a cut clause must keep to stand as a sentence. */
const MIN_CLAUSE_WORDS = 6;

// Around a key printed after the blank (see literalMatches).
const KEY_BEFORE = /(?<![\p{L}\p{N}.,])/uy;
const KEY_AFTER = /(?![\p{L}\p{N}]|[.,]\d)/uy;

/**
 * "[He] has been sentenced to _____ months and has five calendar days to hand himself over": the
 * clause after the blank that prints another draft's key goes, when what is left stands alone.
 */
function dropTrailingClauseWith(prompt: string, key: string): string {
  const open = prompt.indexOf('"');
  const close = prompt.lastIndexOf('"');
  if (open < 0 || close <= open) return prompt;
  const passage = prompt.slice(open + 1, close);
  const blank = passage.indexOf("_____");
  if (blank < 0) return prompt;
  // The key as a whole word or figure: "12" is not inside "2012" or "12.5".
  const found = indexOfLiteral(passage.slice(blank + 5), key, KEY_BEFORE, KEY_AFTER);
  const at = found >= 0 ? blank + 5 + found : -1;
  if (at < 0) return prompt;
  let cut = -1;
  for (const m of passage.matchAll(SECOND_CLAUSE)) if (m.index! > blank && m.index! + m[0].length <= at) cut = m.index!;
  // "..., a statement from the office in Islamabad said.": who said it goes with the key it names.
  const comma = passage.lastIndexOf(", ", at);
  if (cut < 0 && comma > blank && SAID_TAIL.test(passage.slice(comma))) cut = comma;
  if (cut < 0) return prompt;
  const head = passage.slice(0, cut).trimEnd();
  // "signed and launched the free trade area": two verbs sharing what follows; the first alone lacks it.
  if (head.split(/\s+/).length < MIN_CLAUSE_WORDS || SHARED_OBJECT.test(head)) return prompt;
  return `${prompt.slice(0, open + 1)}${head}${/[.!?]$/.test(head) ? "" : "."}${prompt.slice(close)}`;
}

/** Kinds of fact a time pins down: "over _____ cases in 2019" is not last year's count. */
const SCOPED_KINDS = new Set(["count", "money", "percentage", "date"]);

/** The question with the given keys taken out of its prompt where it reads as well without them. */
function maskQuestion(q: Question, masks: readonly KeyMask[], articleText: string): Question {
  let prompt = q.prompt;
  // A time or a place the prompt loses may be what rules out an option the article names
  // elsewhere ("visited _____ in 2019" when it visited Osk in 2020): see settleElisions.
  const scoped = SCOPED_KINDS.has(q.factKind ?? "") || (q.choices ?? []).some((c) => c !== q.answer && typeof c === "string" && articleText.includes(c));
  const ownKey = typeof q.answer === "string" ? norm(q.answer) : "";
  // Every right answer counts: "[China's President]" would hint at "China" among those to select.
  const answers = Array.isArray(q.answer) ? q.answer.filter((a): a is string => typeof a === "string") : [String(q.answer)];
  const ownWords = new Set(answers.flatMap((a) => norm(a).split(" ")).filter((w) => w.length > 2));
  // A key inside the question's own ("Okafor" in "Maria Okafor") is its own, not another's.
  for (const m of masks) if (!ownKey || !(ownKey.includes(m.normKey) || m.normKey.includes(ownKey))) prompt = m.apply(prompt, ownWords, q.source?.sentence, scoped);
  return prompt === q.prompt ? q : { ...q, prompt };
}

/** What masking reads of an article, worked out once when the same drafts are masked in several orders (./gaps.ts). */
export interface MaskContext {
  sentences: readonly string[];
  articleText: string;
  masks: WeakMap<Maskable, KeyMask | undefined>;
  /** Each question masked by a list of masks (by their ids), kept while the top ten is tried in several orders. */
  masked: WeakMap<Question, Map<string, Question>>;
  ids: WeakMap<KeyMask, number>;
  nextId: number;
}

export function maskContext(facts: readonly Fact[]): MaskContext {
  const sentences = [...new Map([...facts].sort((a, b) => a.sentenceIndex - b.sentenceIndex).map((f) => [f.sentenceIndex, f.sentence])).values()];
  return { sentences, articleText: sentences.join(" "), masks: new WeakMap(), masked: new WeakMap(), ids: new WeakMap(), nextId: 0 };
}

/** maskQuestion, remembered for the same question and the same masks in the same order. */
function maskQuestionOnce(q: Question, masks: readonly KeyMask[], context: MaskContext): Question {
  let byMasks = context.masked.get(q);
  if (!byMasks) context.masked.set(q, (byMasks = new Map()));
  const key = masks.map((m) => {
    let id = context.ids.get(m);
    if (id === undefined) context.ids.set(m, (id = context.nextId++));
    return id;
  }).join(",");
  let out = byMasks.get(key);
  if (!out) byMasks.set(key, (out = maskQuestion(q, masks, context.articleText)));
  return out;
}

/** Each draft with the other drafts' keys taken out of its prompts (see the top of this file). */
export function maskOtherKeys<T extends Maskable>(drafts: readonly T[], facts: readonly Fact[], context: MaskContext = maskContext(facts)): T[] {
  const { sentences } = context;
  const masks = drafts.map((d) => {
    if (context.masks.has(d)) return context.masks.get(d);
    const m = keyMaskOf(d, sentences);
    context.masks.set(d, m);
    return m;
  });
  return drafts.map((d, i) => {
    const others = masks.filter((m, j): m is KeyMask => m !== undefined && j !== i && (j < i || (i < TOP && j < TOP)));
    if (!others.length) return d;
    return { ...d, question: maskQuestionOnce(d.question, others, context), variants: d.variants.map((v) => maskQuestionOnce(v, others, context)) };
  });
}
