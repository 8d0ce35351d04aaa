// How central a fact is to its story. A teacher reads the first ten drafts, so the facts of the
// headline and the lead come first: the numbers and actors of the main event, and whatever the
// article keeps coming back to. Sentence quality (a quotation, a pronoun needing its antecedent)
// is scored separately in ./score.ts; here only the story's shape counts.
import { attributionStart, norm, placeInfo } from "../build";
import { countries, countryByName, firstLevelRegions, newsOutlets, organisations, regionSet } from "../data";
import { isWorldKnownHead, tenuresOf } from "../build/distractors/era";
import { NOT_SITTING } from "../build/sitting";
import type { Fact } from "../facts";
import { sentenceWords } from "./validate";
import { RunCache } from "../run-cache";
import { countryMentions, homeCountryOfSentences } from "../build/home-country";

export { countryMentions };
import { NO_LETTER_AFTER, NO_LETTER_BEFORE, escapeRegExp, indexOfLiteral } from "../nlp/regexp";

export interface ArticleShape {
  /** Content words of the headline, normalised. */
  titleWords: ReadonlySet<string>;
  /** In how many sentences each answer (its identity, see answerIdentity) is mentioned. */
  mentions: ReadonlyMap<string, number>;
  /** The country most often named: asking for it tests nothing a reader did not know going in. */
  mainPlace?: string;
  /**
   * Every country the story keeps naming (three sentences or more, and at least half as often as
   * the most named): a US–China tariff story is about both, however each is written ("U.S.",
   * "the United States").
   */
  mainCountries?: ReadonlySet<string>;
  /** Capitalised words of sentences telling of an office won, taken or lost: those people are the news. */
  newsmakers?: ReadonlySet<string>;
  /** Where each list fact sits ("Nigeria, Eritrea and Burundi"): its items are asked through it. */
  lists?: readonly { sentenceIndex: number; start: number; end: number }[];
  /** The organisation the story keeps naming (NATO in a NATO summit story), likewise known going in. */
  mainOrg?: string;
  /** Countries the headline names, by name, people or capital ("Baghdad bombs" is a story in Iraq). */
  headlineCountries: ReadonlySet<string>;
  /**
   * The country the story happens in, however it is named: "Pakistan Army", "Malawi's", "Pakistani",
   * "Islamabad" all count, in more sentences than any other country (two or more, half as many again
   * as the next): a short story names its own country only now and then.
   */
  homeCountry?: string;
  /**
   * The state or province the story happens in, named in three sentences or more in any wording
   * ("southern Queensland", "Queensland Rail", "Queensland Health"): known going in, like its country.
   */
  homeRegion?: string;
  /**
   * The year the story is told in: the latest year of a dated day it reports ("on March 3, 2019"),
   * else the year it names most. Its own year is known going in, and a year long before it is history.
   */
  storyYear?: number;
  /**
   * Rounded figures the article later gives exactly: "more than 100 people were injured" in the
   * lead, "128 people were injured" further on. Both asked would be one fact twice, and the exact
   * one is the fact.
   */
  rounded?: ReadonlySet<Fact>;
  /**
   * Each exact figure of a rounded one, with the sentence the rounded one stands in: the exact
   * figure is that lead's news, told in full later, and is worth what the lead's place is worth.
   */
  refinedFrom?: ReadonlyMap<Fact, number>;
}

/**
 * The countries a headline places its story in: named ("Nigeria"), by their people ("Kenyan") or
 * by their capital ("Baghdad"). Asking a reader which country such a story happened in tests the
 * headline, not the article.
 */
export function headlineCountries(titleWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!titleWords.size) return out;
  for (const c of countryWords()) if (c.forms.some((w) => w.every((x) => titleWords.has(x)))) out.add(c.name);
  return out;
}

/**
 * Each country's name, demonym and capital as normalised words: worked out once, not for every
 * article (normalising some 600 names per article was a tenth of the ranking's time).
 */
let countryWordList: { name: string; forms: string[][] }[] | undefined;
function countryWords(): { name: string; forms: string[][] }[] {
  countryWordList ??= countries.map((c) => ({ name: c.name, forms: [c.name, c.demonym, c.capital].filter((x): x is string => !!x).map((x) => norm(x).split(" ")) }));
  return countryWordList;
}

const outletSet = new Set(newsOutlets);
/** Sentences an organisation must be named in to be the story's own subject. */
const MAIN_ORG_MENTIONS = 4;

const STOP = new Set(["in", "on", "at", "to", "for", "of", "and", "or", "by", "with", "from", "as", "is", "are", "be", "new", "after", "over", "says", "said"]);

export function titleWordsOf(title: string | undefined): Set<string> {
  return new Set(
    norm(title ?? "")
      .split(" ")
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** What answerIdentity reads of a fact: a Fact, or a stored fact row's values. */
export interface IdentityFields {
  kind: string;
  answer: string;
  canonical?: string;
  value?: number;
  unit?: string;
  subject?: string;
  relation?: string;
  entityType?: string;
  isoDate?: string;
}

/** "US troops" -> "troop", "carriages" -> "carriage": what a count counts, however it is written. */
const countedThing = (unit: string | undefined) => (unit ? (norm(unit).split(" ").pop() ?? "").replace(/(?<=[a-z]{3})s$/, "") : "");

/**
 * What makes two facts "the same thing asked": a person by their fullest name, a quantity by its
 * value, kind and what it counts ("seven carriages" and "seven crew" are two facts), anything else
 * by its words. A person's role question is about that person. The app uses it too, on stored
 * fact rows, to tell whether a fact already has a draft.
 */
export function answerIdentity(f: IdentityFields): string {
  if (f.relation === "role-of" && f.subject) return `who|${norm(f.subject)}`;
  if (f.entityType === "person") return `who|${norm(f.canonical ?? f.answer)}`;
  if ((f.kind === "count" || f.kind === "money" || f.kind === "percentage") && f.value !== undefined) return `num|${f.kind}|${f.value}|${f.kind === "count" ? countedThing(f.unit) : ""}`;
  if (f.kind === "date" && f.isoDate) return `date|${f.isoDate}`;
  return `txt|${norm(f.canonical ?? f.answer)}`;
}

// generateQuestions reads the shape to choose which facts to build questions for, and the ranker
// reads it again for the same facts and headline: it is worked out once per facts list.
const shapes = new RunCache<readonly Fact[], { title: string | undefined; count: number; shape: ArticleShape }>();

/** The story's shape (see ArticleShape); the same object for the same list of facts and headline. */
export function articleShape(facts: readonly Fact[], title?: string): ArticleShape {
  const known = shapes.get(facts);
  if (known && known.title === title && known.count === facts.length) return known.shape;
  const shape = articleShapeOf(facts, title);
  shapes.set(facts, { title, count: facts.length, shape });
  return shape;
}

function articleShapeOf(facts: readonly Fact[], title?: string): ArticleShape {
  const seen = new Map<string, Set<number>>();
  const places = new Map<string, number>();
  const countrySentences = new Map<string, Set<number>>();
  for (const f of facts) {
    const id = answerIdentity(f);
    const s = seen.get(id) ?? new Set<number>();
    s.add(f.sentenceIndex);
    seen.set(id, s);
    if (f.kind === "place" && f.entityType === "country") places.set(f.answer, (places.get(f.answer) ?? 0) + 1);
    // (The towns and provinces of a country do not count for it: a NATO summit in Warsaw is not a
    // Polish story, and troops sent to Poland are news.)
    const c = storyCountryOf(f);
    if (c) {
      const at = countrySentences.get(c) ?? new Set<number>();
      at.add(f.sentenceIndex);
      countrySentences.set(c, at);
    }
  }
  const most = Math.max(0, ...[...countrySentences.values()].map((x) => x.size));
  const mainCountries = new Set([...countrySentences].filter(([, at]) => at.size >= 3 && at.size * 2 >= most).map(([c]) => c));
  const mentions = new Map([...seen].map(([k, v]) => [k, v.size]));
  const [main] = [...places].sort((a, b) => b[1] - a[1]);
  const orgs = [...new Set(facts.filter((f) => f.kind === "other" && f.entityType === "org").map(answerIdentity))].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0));
  const mainOrg = orgs[0] && (mentions.get(orgs[0]) ?? 0) >= MAIN_ORG_MENTIONS ? orgs[0] : undefined;
  const titleWords = titleWordsOf(title);
  const newsmakers = new Set<string>();
  for (const sentence of new Set(facts.map((f) => f.sentence))) if (OFFICE_CHANGE.test(sentence)) for (const w of sentence.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) newsmakers.add(w);
  const lists = facts.filter((f) => f.entityType === "list").map((f) => ({ sentenceIndex: f.sentenceIndex, start: f.answerStart, end: f.answerEnd }));
  const home = homeCountryOf(facts);
  const homeRegion = homeRegionOf(facts);
  const storyYear = storyYearOf(facts);
  const { rounded, refinedFrom } = roundedFigures(facts);
  return {
    titleWords,
    headlineCountries: headlineCountries(titleWords),
    mentions,
    mainCountries,
    lists,
    newsmakers,
    ...(main && main[1] >= 3 ? { mainPlace: main[0] } : {}),
    ...(mainOrg ? { mainOrg } : {}),
    ...(home ? { homeCountry: home } : {}),
    ...(homeRegion ? { homeRegion } : {}),
    ...(storyYear ? { storyYear } : {}),
    ...(rounded.size ? { rounded, refinedFrom } : {}),
  };
}

/** How far an exact figure may lie from a rounded one it refines, by the rounding's word. */
const ROUNDING: readonly [RegExp, number, number][] = [
  [/^(?:more than|over|at least|just over|a little over)$/i, 1, 1.5],
  [/^(?:about|around|nearly|almost|some|roughly|approximately|an estimated)$/i, 0.85, 1.15],
];

/** Whether `exact` gives the count `rounded` rounds: "128 people" for "more than 100 people". */
export function refines(exact: Fact, rounded: Fact): boolean {
  if (exact === rounded || exact.kind !== "count" || rounded.kind !== "count" || exact.qualifier || exact.value === undefined || rounded.value === undefined) return false;
  // What both count: their nouns, or, where the rounded one has none, both a running total
  // ("taking the total tally to over 20,000" in the lead, "the total number of cases to 20,878" later).
  const range = ROUNDING.find(([re]) => re.test(rounded.qualifier ?? ""));
  if (!range || exact.value === rounded.value || exact.value < rounded.value * range[1] || exact.value > rounded.value * range[2]) return false;
  return exact.unit && rounded.unit ? countedThing(exact.unit) === countedThing(rounded.unit) : isRunningTotal(exact) && isRunningTotal(rounded);
}

/** "... the total (tally, toll) ... to [over] N": a figure a running total has reached. */
const RUNNING_TOTAL = /\b(?:total|tally|toll)\b[^.;:]{0,80}\bto (?:\p{L}+ ){0,2}$/u;
const isRunningTotal = (f: Fact) => RUNNING_TOTAL.test(f.sentence.slice(0, f.answerStart - f.start));

/** See ArticleShape.rounded and refinedFrom. */
function roundedFigures(facts: readonly Fact[]): { rounded: Set<Fact>; refinedFrom: Map<Fact, number> } {
  const counts = facts.filter((f) => f.kind === "count" && f.value !== undefined);
  const rounded = new Set<Fact>();
  const refinedFrom = new Map<Fact, number>();
  for (const r of counts) {
    if (!r.qualifier) continue;
    for (const exact of counts) {
      if (!refines(exact, r)) continue;
      rounded.add(r);
      refinedFrom.set(exact, Math.min(refinedFrom.get(exact) ?? Infinity, r.sentenceIndex));
    }
  }
  return { rounded, refinedFrom };
}

const yearOf = (f: Fact) => (f.kind === "date" && f.isoDate && /^\d{4}/.test(f.isoDate) ? Number(f.isoDate.slice(0, 4)) : undefined);

/** See ArticleShape.storyYear. */
function storyYearOf(facts: readonly Fact[]): number | undefined {
  const days = facts.filter((f) => f.entityType === "day").map(yearOf).filter((y): y is number => y !== undefined);
  if (days.length) return Math.max(...days);
  const counts = new Map<number, number>();
  for (const f of facts) {
    const y = yearOf(f);
    if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return top && (!next || top[1] > next[1]) ? top[0] : undefined;
}

/** Sentences naming a state or province before it is the story's own (see ArticleShape.homeRegion). */
const HOME_REGION_SENTENCES = 3;

/** The state or province most sentences name, when one is asked and named in three sentences or more. */
function homeRegionOf(facts: readonly Fact[]): string | undefined {
  const asked = new Set(facts.filter((f) => f.kind === "place" && regionSet.has(f.answer)).map((f) => f.answer));
  if (!asked.size) return undefined;
  const sentences = new Set(facts.map((f) => f.sentence));
  let best: { name: string; n: number } | undefined;
  for (const name of asked) {
    let n = 0;
    for (const text of sentences) if (indexOfLiteral(text, name, NO_LETTER_BEFORE, NO_LETTER_AFTER) >= 0) n++;
    if (n >= HOME_REGION_SENTENCES && (!best || n > best.n)) best = { name, n };
  }
  return best?.name;
}

/** The country most sentences name in any form, when it clearly leads (see ArticleShape.homeCountry). */
function homeCountryOf(facts: readonly Fact[]): string | undefined {
  const sentences = new Map<number, string>();
  for (const f of facts) sentences.set(f.sentenceIndex, f.sentence);
  return homeCountryOfSentences(sentences.values());
}

/** An office won, taken or lost: "was sworn in", "won the election", "was impeached". */
const OFFICE_CHANGE = /\b(?:elect(?:ed|ion|ions)|re-elected|won|wins|victory|sworn|inaugurat\w*|appoint\w*|nominat\w*|succeed\w*|became|impeach\w*|resign\w*|ousted|defeated|took office|takes office)\b/i;

/**
 * "Who is China's president?" in a story that only mentions him: a G20 country's head of state or
 * government is known before reading, unless the story tells of the office changing hands.
 */
function knownLeader(f: Fact, shape: ArticleShape): boolean {
  if (f.kind !== "role") return false;
  const name = f.relation === "role-of" ? f.subject : (f.canonical ?? f.answer);
  if (!name || !isWorldKnownHead(name)) return false;
  // "former President Jacob Zuma", "the new prime minister": not the office holder a reader knows.
  const office = f.relation === "role-of" ? f.answer : (f.role ?? "");
  const before = f.sentence.slice(Math.max(0, f.answerStart - f.start - 40), f.answerStart - f.start);
  if (NOT_SITTING.test(office) || NOT_SITTING.test(before)) return false;
  return !name.split(" ").some((w) => shape.newsmakers?.has(w));
}

/** "'s President Xi Jinping" right after a country: the country is known from its head's name. */
const HEAD_AFTER_COUNTRY = /^['’]s (?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor) (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})/u;

/** "_____'s President Xi Jinping": the country of a G20 head, named with the office, asks nothing. */
function knownHeadsCountry(f: Fact): boolean {
  if (f.entityType !== "country") return false;
  const head = HEAD_AFTER_COUNTRY.exec(f.sentence.slice(f.answerEnd - f.start))?.[1];
  return head !== undefined && isWorldKnownHead(head);
}

/** The UK's nations and the like: countries to a reader ("the NHS in England"), regions to the gazetteer. */
const nations = new Set(Object.values(firstLevelRegions).flatMap((r) => (r.level === "nation" ? r.names : [])));

/** The country a place fact names as a country: a country's one name, or a nation ("England"). */
function storyCountryOf(f: Fact): string | undefined {
  if (f.kind !== "place") return undefined;
  if (f.entityType === "country") return countryOf(f.answer);
  return nations.has(f.answer) ? f.answer : undefined;
}

/** A country by its one name, however the article writes it ("U.S." -> "United States"). */
function countryOf(name: string): string {
  const bare = name.replace(/^the /i, "");
  return countryByName.get(bare)?.name ?? bare;
}

/** A capital by its country's name. */
const capitalOf = (country: string) => countryByName.get(country)?.capital;
/** A sentence telling of a meeting, whose venue is news even in a capital ("the summit in Seoul"). */
const MEETING_VENUE = /\b(?:summit|talks|meeting|met|meet|meets|conference|signed|signing|ceremony|visit\w*|hosted|hosts?)\b/i;

/** A list of a known bloc's member countries, spelled out after its name (see isBlocMembership). */
const BLOC_MEMBERS = 0.3;
/** Every intergovernmental body's name and aliases, longest first, as one pattern. */
let blocNames: RegExp | undefined;
function blocPattern(): RegExp {
  if (blocNames) return blocNames;
  const names = organisations.filter((o) => o.kind === "intergovernmental").flatMap((o) => [o.name, ...(o.aliases ?? [])]);
  const alt = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n));
  // The bloc, a few words ("emerging economies"), then what opens a spelled-out membership.
  blocNames = new RegExp(`(?<![\\p{L}])(?:${alt.join("|")})(?![\\p{L}])[^.;]{0,40}?(?:\\s*(?:--|—|–|:|\\()\\s*|,? (?:comprising|made up of|namely) )$`, "u");
  return blocNames;
}

/** A list of countries that spells out a known bloc's members, right after the bloc's name. */
function isBlocMembership(f: Fact): boolean {
  if (!f.items?.length || !f.items.every((i) => countryByName.has(i.replace(/^the /, "")))) return false;
  return blocPattern().test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 80), f.answerStart - f.start));
}

/** What an item of a list fact is worth beside the list itself, asked as "select all that apply". */
const LIST_ITEM = 0.4;
/** A G20 leader's office asked in a story that only mentions them (see knownLeader). */
const KNOWN_LEADER = 0.5;

/** Weight by sentence: the lead and the two after it tell the story; the rest fill it in. */
const POSITION = [1, 0.93, 0.87, 0.72, 0.66, 0.62, 0.58];

/** Institutions named in every political story: asking for one tests nothing. */
const GENERIC_INSTITUTIONS = new Set([
  "senate", "congress", "parliament", "government", "cabinet", "police", "army", "military", "navy", "treasury",
  "opposition", "supreme court", "high court", "white house", "kremlin", "pentagon", "state department",
]);

/** "killed 16", "the death toll to 106", "injuring at least 40": the toll word just before the figure. */
const TOLL_BEFORE = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|death toll|toll|deaths of|lives of|bodies of)\s+(?:(?:rose|climbed|rises|stood|stands|reached)\s+)?(?:(?:to|of|at)\s+)?(?:(?:at least|about|some|nearly|almost|more than|around|over)\s+)?$/i;
/** "16 people were killed", "nine fishermen still missing", "40 dead": the toll word just after it. */
const TOLL_AFTER = /^(?:\s+[a-z-]+){0,2}?\s+(?:(?:were|was|are|is|have|has|had|been|remain|remained|still|are still|reported|feared|believed|presumed)\s+)*(?:killed|dead|died|wounded|injured|hurt|missing|drowned)\b/i;

/** A count of the dead, hurt or missing. */
function isToll(f: Fact): boolean {
  const a0 = f.answerStart - f.start;
  const a1 = f.answerEnd - f.start;
  return TOLL_BEFORE.test(f.sentence.slice(Math.max(0, a0 - 50), a0)) || TOLL_AFTER.test(f.sentence.slice(a1, a1 + 60));
}

/** Offices whose holders speak for others. */
const SPOKESPERSON = /\b(?:spokes(?:wo)?man|spokesperson|press secretary|press officer)\b/i;

/** The worth of a kind of fact as a question about the news, before its place in the story. */
function kindWorth(f: Fact): number {
  switch (f.kind) {
    case "meeting":
      return 1;
    case "count":
      if (/^(?:years? old|-?years?-old)$/.test(f.unit ?? "")) return 0.25; // an age is trivia
      // The dead, the hurt and the missing are the first thing a reader of a disaster remembers.
      if (f.unit && isToll(f)) return 1.1;
      return f.unit ? 0.95 : 0.6;
    case "money":
    case "percentage":
      return 1;
    case "role":
      // Which body a quoted expert works for tells where the news came from, not the news.
      if (f.relation === "affiliation") return 0.6;
      // Who spoke for a government is the source of the news, not the news.
      return SPOKESPERSON.test(f.relation === "role-of" ? f.answer : (f.role ?? "")) ? 0.5 : 0.9;
    case "place":
      return f.entityType === "list" ? 0.5 : 0.8;
    case "date":
      if (f.entityType === "weekday" || f.entityType === "relative" || f.entityType === "time") return 0.3;
      if (f.entityType === "month") return 0.45;
      // The day the lead's event happens or is set for ("is set for January 22") is the story's when.
      if (f.entityType === "day" && f.sentenceIndex <= 2) return 0.8;
      return 0.65;
    default:
      // Why it happened or what was agreed: news in the lead, background further down; without
      // three fair wrong answers it is only a true/false claim, worth less.
      if (f.entityType === "reason" || f.entityType === "outcome") return (f.sentenceIndex <= 2 ? 0.85 : 0.55) * ((f.alternatives?.length ?? 0) >= 3 ? 1 : 0.6);
      if (f.entityType === "quote") return 0.45;
      if (f.entityType === "rank") return 0.85;
      if (f.entityType === "person") return 0.85;
      // "the Senate", "Congress", "police": an institution every reader knows is in the story.
      if (GENERIC_INSTITUTIONS.has(norm(f.answer))) return 0.4;
      return 0.75;
  }
}

/**
 * A place named as where the story happens ("in northern Kenya", "Kenya's army"), not as a party
 * to it ("signed deals with Kenya", "flights to Kenya"): a partner is worth asking even when the
 * headline names it.
 */
function isSetting(f: Fact): boolean {
  const before = f.sentence.slice(Math.max(0, f.answerStart - f.start - 40), f.answerStart - f.start);
  const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 3);
  // "the Queensland coastal city", "the third-largest U.S. retailer": the place as an adjective.
  if (/\b(?:the|a|an|its|their|[\p{Ll}-]+est) $/u.test(before) && /^ \p{Ll}/u.test(after)) return true;
  return /^['’]s?\b/.test(after) || /(?:\b(?:in|of|across|throughout|inside|within)\s+(?:the\s+)?|\b(?:north|south|east|west|central)[a-z-]*\s+)$/i.test(before);
}

/** What a country's central bank is worth beside another body. */
const CENTRAL_BANK = 0.4;
/** "the Reserve Bank", "Central Bank of Velden", "Bank of Japan", "Bangladesh Bank" (a country's name and "Bank"). */
function isCentralBank(name: string): boolean {
  const bare = name.replace(/^the /i, "");
  if (/\b(?:Reserve|Central) Bank\b/.test(bare)) return true;
  const country = /^Bank of (\p{Lu}[\p{L} ]+)$/u.exec(bare)?.[1] ?? /^(\p{Lu}[\p{L} ]+) Bank$/u.exec(bare)?.[1];
  return country !== undefined && countryByName.has(country);
}

/** A distance and a bearing before a place: "about 400km north of", "60 miles (97 km) south-west of the". */
const REFERENCE_POINT =
  /\d[\d,.]*\s?(?:km|kilometres?|kilometers?|miles?|mi)\b(?:\s*\([^()]{1,30}\))?\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;

/** 0..~1.4: position in the story, the headline, repetition, and the kind of fact. */
export function importance(f: Fact, shape: ArticleShape): number {
  const i = Math.min(f.sentenceIndex, shape.refinedFrom?.get(f) ?? Infinity);
  // The lead carries the news; after the first paragraphs a sentence is background.
  const position = POSITION[i] ?? Math.max(0.25, 0.5 - (i - POSITION.length) * 0.03);
  let score = position * kindWorth(f);
  // The country the whole story is about is known before reading (see below): the headline naming it is no credit.
  const storyCountry =
    f.kind === "place" &&
    (f.answer === shape.mainPlace ||
      (storyCountryOf(f) !== undefined && shape.mainCountries?.has(storyCountryOf(f)!)) ||
      // The country the story happens in is known going in wherever the sentence puts it ("_____ is
      // only the second country to ..."); a country the headline names, only as the setting.
      (shape.homeCountry !== undefined && storyCountryOf(f) === shape.homeCountry) ||
      ((shape.headlineCountries.has(f.answer.replace(/^the /, "")) || f.answer === shape.homeRegion) && isSetting(f)));
  const tw = shape.titleWords;
  if (tw.size && !storyCountry) {
    const aw = norm(f.canonical ?? f.answer).split(" ");
    const inTitle = aw.some((w) => w.length > 2 && tw.has(w)) || (f.value !== undefined && tw.has(String(f.value)));
    const sw = sentenceWords(f.sentence);
    const overlap = [...tw].filter((w) => sw.has(w)).length / tw.size;
    score *= 1 + (inTitle ? 0.25 : 0) + 0.2 * overlap;
  }
  const n = shape.mentions.get(answerIdentity(f)) ?? 1;
  score *= 1 + Math.min(0.24, (n - 1) * 0.08);
  // Who said it ("..., the ministry said.") is the source of the news, not the news.
  const said = attributionStart(f.sentence);
  if (said >= 0 && f.answerStart - f.start > said && f.kind !== "count" && f.kind !== "money" && f.kind !== "percentage") score *= 0.4;
  // The country the whole story is about is known before reading, and so is its government.
  // (The home country itself less again: a short story has few facts, and 0.4 still let "_____'s
  // opposition leader" into its first ten.)
  if (storyCountry) score *= shape.homeCountry !== undefined && storyCountryOf(f) === shape.homeCountry ? 0.25 : 0.4;
  else if (f.kind === "other" && [shape.mainPlace, shape.homeCountry, ...shape.headlineCountries].some((c) => c && f.answer.includes(c))) score *= 0.6;
  // Its capital too, where the news is not a meeting held there ("the media office in Islamabad").
  else if (f.kind === "place" && shape.homeCountry && f.kind === "place" && capitalOf(shape.homeCountry) === f.answer && !MEETING_VENUE.test(f.sentence)) score *= 0.5;
  // A country's central bank ("South Africa's Reserve Bank", "Bangladesh Bank") is who sets its
  // rates: a reader knows who raised them before reading, as they know its government.
  if (f.kind === "other" && isCentralBank(f.canonical ?? f.answer)) score *= CENTRAL_BANK;
  // So is the organisation it keeps naming; its options would be unlike it ("OPEC" for NATO).
  if (shape.mainOrg && f.entityType !== "person" && answerIdentity(f) === shape.mainOrg) score *= 0.4;
  // A continent ("Asia") is guessed from the country beside it; its options are the other five.
  // A part of one ("Eastern Europe") from the countries named, against the other compass points;
  // and the story's own continent or region is known before reading, like its country.
  if (f.kind === "place") {
    const name = f.answer.replace(/^the /, "");
    const info = placeInfo(name);
    if (info.kind === "continent" || info.kind === "world region") {
      score *= info.kind === "continent" ? 0.35 : 0.6;
      const home = shape.homeCountry ? countryByName.get(shape.homeCountry) : undefined;
      if (home && (home.continent === name || home.region === name)) score *= 0.5;
    }
  }
  // One item of a list ("_____, Eritrea and Burundi boycotted") asks part of what the list asks whole.
  if (f.entityType !== "list" && shape.lists?.some((l) => l.sentenceIndex === f.sentenceIndex && l.start <= f.answerStart && f.answerEnd <= l.end)) score *= LIST_ITEM;
  // "the BRICS emerging economies -- Brazil, Russia, ...": who belongs to a known bloc is known
  // without reading the story.
  if (f.entityType === "list" && isBlocMembership(f)) score *= BLOC_MEMBERS;
  if (knownLeader(f, shape) || knownHeadsCountry(f)) score *= KNOWN_LEADER;
  // "400km north of Brisbane": a landmark to measure from, not where the story happened.
  if (f.kind === "place" && REFERENCE_POINT.test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 60), f.answerStart - f.start))) score *= 0.5;
  // Which outlet carried a quote is a detail of the page, not the news.
  if (outletSet.has(f.answer)) score *= 0.3;
  score *= backgroundFactor(f, shape);
  return score;
}

/** Words that mark a sentence as telling another event than the story's own. */
// (Not "last month": the story's own election may be "last month's".)
const OTHER_EVENT = /\b(?:separate(?:ly)?|another (?:attack|incident|blast|explosion|case|clash|raid)|in a similar)\b/i;
/** A sentence opening on an earlier time than the story's: "Last month, ...", "In August, ...", "Earlier this year, ...". */
const EARLIER_OPENER =
  /^(?:Last (?:week|month|year)|Earlier (?:this|last) (?:week|month|year)|In (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|Previously|In the past|(?:Two|Three|Several|A) (?:weeks|months|years|week|month|year) ago)\b/;
/** What a fact of such a sentence is worth beside the story's own. */
const EARLIER = 0.7;
/** How far back a date must be before it is the story's history rather than its news. */
const HISTORY_YEARS = 10;
/** "about 60km north of", "200 miles south-east of": how far from a landmark. */
const DISTANCE_FROM = /^\s*(?:\([^()]{1,30}\)\s*)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b/i;
const DISTANCE_UNIT = /^(?:km|kms|kilometres?|kilometers?|miles?|mi)$/i;
/** Who was asked in a poll: its size is how the news was gathered, not the news. */
const POLLED = /^(?:economists?|analysts?|respondents?|experts?|people|voters|adults|traders|fund managers|investors)$/i;
/** "30 economists polled", "500 voters surveyed by ..."; "a poll of 30 economists". Not "a survey found 2 million people ...". */
const POLLED_AFTER = /^(?: [\p{L}-]+){1,4} (?:polled|surveyed|questioned|interviewed|asked)\b/iu;
const POLL_OF = /\b(?:poll|survey) of (?:the |some |about |around |nearly |more than )?$/i;
/** "the 28-member alliance", "a 22-nation bloc": the size of a body, known or beside the point. */
const MEMBERSHIP_UNIT = /^(?:members?|nations?|countries|country|states?)$/i;

/** "the world's", "Africa's", "Europe's" right before a count. */
const OWNER_BEFORE_RANKING = /\b(?:world|\p{Lu}[\p{L}.-]*)['’]s $/u;
/** A superlative in or right after a count: "two largest", "three biggest", "five most populous". */
const SUPERLATIVE = /^\S+(?: \S+)? (?:largest|biggest|richest|poorest|wealthiest|leading|most (?:populous|powerful|important))\b/;
/** What such a ranking's count is worth beside the story's own. */
const RANKING = 0.4;

/**
 * Facts of the background rather than the news (decision 016, tenth pass): a year long before the
 * story or the story's own year ("so far in 2016"), a distance to a landmark, the size of a poll,
 * the size of a bloc, and the country of a head of state named beside it ("_____'s Uhuru Kenyatta").
 */
function backgroundFactor(f: Fact, shape: ArticleShape): number {
  if (shape.rounded?.has(f)) return 0.6;
  // "In a separate attack last week, ...": another event than the story's, told after its lead.
  if (f.sentenceIndex > 2 && OTHER_EVENT.test(f.sentence)) return 0.6;
  // "Last week, two soldiers were killed in ...", "In August, ...": past events opening a sentence
  // after the lead are the story's history (decision 016, eleventh pass).
  if (f.sentenceIndex > 2 && EARLIER_OPENER.test(f.sentence)) return EARLIER;
  const year = yearOf(f);
  if (year !== undefined && shape.storyYear !== undefined) {
    if (year <= shape.storyYear - HISTORY_YEARS) return 0.5;
    if (f.entityType === "year" && year === shape.storyYear) return 0.5;
  }
  // "the world's two largest economies", "Africa's three biggest lenders": a ranking a reader knows
  // (or looks up), used as a description, not the news.
  if (f.kind === "count" && OWNER_BEFORE_RANKING.test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 20), f.answerStart - f.start)) && SUPERLATIVE.test(`${f.answer} ${f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 30)}`)) return RANKING;
  if (f.kind === "count" && f.unit) {
    const unit = f.unit.split(" ").pop() ?? "";
    const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 40);
    if (DISTANCE_UNIT.test(unit) && DISTANCE_FROM.test(after)) return 0.4;
    if (POLLED.test(unit) && (POLLED_AFTER.test(after) || POLL_OF.test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 30), f.answerStart - f.start)))) return 0.4;
    if (f.entityType === "compound" && MEMBERSHIP_UNIT.test(unit)) return 0.5;
  }
  if (f.kind === "place" && f.entityType === "country" && headNamedAfter(f)) return KNOWN_LEADER;
  return 1;
}

/** "Nguyen Tan Dung, prime minister of _____", "King Abdullah II of _____": the head named right before the country (read on the last 100 characters: the pattern is anchored at their end). */
const NAME_BEFORE_COUNTRY =
  /(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?:,? (?:the )?(?:[Pp]rime [Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan))? of (?:the )?$/u;
/** "_____'s Uhuru Kenyatta", "_____'s President Paul Kagame": a head of state of that country named right after it. */
const NAME_AFTER_COUNTRY = /^['’]s (?:(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|[Ll]eader) )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})/u;
function headNamedAfter(f: Fact): boolean {
  const name = NAME_AFTER_COUNTRY.exec(f.sentence.slice(f.answerEnd - f.start))?.[1] ?? NAME_BEFORE_COUNTRY.exec(f.sentence.slice(Math.max(0, f.answerStart - f.start - 100), f.answerStart - f.start))?.[1];
  if (!name) return false;
  const country = countryOf(f.answer);
  return tenuresOf(name).some((t) => t.role === "head" && t.country === country);
}

/** The `n` facts most central to the story (all of them when there are fewer), in article order. */
export function mostImportant(facts: readonly Fact[], shape: ArticleShape, n: number): Fact[] {
  if (facts.length <= n) return [...facts];
  const scored = facts.map((f, i) => ({ i, w: importance(f, shape) }));
  scored.sort((a, b) => b.w - a.w);
  const keep = new Set(scored.slice(0, n).map((x) => x.i));
  return facts.filter((_, i) => keep.has(i));
}
