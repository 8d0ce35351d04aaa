// Wrong answers of the same kind as the right one: the article's own names first, then the
// gazetteers, picked by relevance (same role class and era, same level of place, same unit and
// scale) and never by list order. Every pick is deterministic: ties are rotated by a hash of the
// fact id. The kinds live in their own modules: people, places, organisations, roles, numbers.
import type { Fact } from "../../facts";
import { norm } from "../common";
import { findCountry, orgKind, placeInfo } from "../kinds";
import { agreesWithArticle } from "./grammar";
import { numberChoices } from "./numbers";
import { CENTRAL_BANK, orgKey, orgSections } from "./orgs";
import { personSections } from "./people";
import { placeSections } from "./places";
import { poolKey, type Pools } from "./pools";
import { roleSections } from "./roles";
import { contentWords, memo, printedIn, sentenceNameWords, sentencePrinted, sharesWord, type Sections } from "./shared";
import { countries, orgHeadSet, type Country } from "../../data";
import { RunCache } from "../../run-cache";

const countryByDemonymWord = new Map(countries.map((c) => [c.demonym, c]));

/** One key per thing whatever it is called: "US", "U.S.", "American" and "United States" are one country; "U.N." and "United Nations" one body. */
const canonicalCache = new Map<string, string>();
function canonical(s: string): string {
  let k = canonicalCache.get(s);
  if (k === undefined) {
    if (canonicalCache.size >= 20_000) canonicalCache.clear();
    const c = findCountry(s) ?? findCountry(s.replace(/^the /i, "")) ?? countryByDemonymWord.get(s);
    k = c ? `country:${c.name}` : orgKey(s);
    canonicalCache.set(s, k);
  }
  return k;
}

const GENERIC_PLACE_WORDS = new Set(
  "north south east west northern southern eastern western central upper lower new great greater europe asia africa america americas pacific atlantic islands island province state region district city county".split(" "),
);

/** Whether the sentence holds the choice as a whole ("5 percent" is not inside "6.5 percent"). */
function inSentence(sentence: string, c: string): boolean {
  let at = sentence.indexOf(c);
  while (at >= 0) {
    const before = sentence[at - 1] ?? " ";
    const after = sentence[at + c.length] ?? " ";
    if (!/[\p{L}\p{N}.,]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = sentence.indexOf(c, at + 1);
  }
  return false;
}

/** A place name's own words, without "North", "Central" or "Europe" that many places share. */
const ownWords = memo((s: string): readonly string[] => contentWords(s).filter((w) => !GENERIC_PLACE_WORDS.has(w)));

const countryOf = (s: string) => findCountry(s) ?? countryByDemonymWord.get(s);

const countriesNamed = new RunCache<Fact, Set<Country>>();

/** Whether the sentence, outside the answer, names a country by name, alias or adjective (worked out once per fact). */
function namesCountry(f: Fact, c: Country): boolean {
  let named = countriesNamed.get(f);
  if (!named) {
    named = new Set();
    const rest = f.sentence.slice(0, f.answerStart - f.start) + " " + f.sentence.slice(f.answerEnd - f.start);
    // Runs of up to three capitalised words ("South Korean", "United Arab Emirates", "U.S.").
    const toks = [...rest.matchAll(/\p{Lu}[\p{L}.'-]*/gu)];
    for (let i = 0; i < toks.length; i++)
      for (let n = 1; n <= 3 && i + n <= toks.length; n++) {
        const run = rest.slice(toks[i]!.index, toks[i + n - 1]!.index! + toks[i + n - 1]![0].length).replace(/'s$/, "");
        const hit = countryOf(run) ?? countryOf(run.replace(/\.$/, ""));
        if (hit) named.add(hit);
      }
    countriesNamed.set(f, named);
  }
  return named.has(c);
}

/** A name written as an acronym ("WCRP", "U.N."), or undefined. */
const acronymOf = memo(acronymOfUncached);
const initialsOfName = memo(initialsOfNameUncached);

function acronymOfUncached(s: string): string | undefined {
  const bare = s.replace(/\./g, "");
  return /^[A-Z]{2,6}$/.test(bare) ? bare : undefined;
}

/** The initials of a name of several capitalised words ("World Climate Research Programme" -> "WCRP"), or undefined. */
function initialsOfNameUncached(s: string): string | undefined {
  const caps = s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 ? caps.map((w) => w[0]).join("") : undefined;
}

// The builders ask for one fact's wrong answers more than once (multiple choice, then true/false):
// the longest list asked for is kept per fact and pools, and a shorter request takes its head,
// which is what a fresh pick would give because choices are taken greedily in one order.
const picked = new RunCache<Pools, Map<Fact, { asked: number; choices: string[] }>>();

/** Words every body of a kind may share: "Bank", "Central", "Court", "University". */
const BODY_WORDS = new Set([...orgHeadSet].map((w) => norm(w)).concat(["central", "reserve", "national", "federal", "international", "state", "people", "high", "supreme"]));
/** The words that name a body, without the words of its kind. */
const bodyWords = memo((s: string): readonly string[] => contentWords(s).filter((w) => !BODY_WORDS.has(w)));

/** Up to `n` wrong answers of the same kind: from the article first, then from the data files. */
export function distractors(f: Fact, pools: Pools, n = 3): string[] {
  let byFact = picked.get(pools);
  if (!byFact) picked.set(pools, (byFact = new Map()));
  const kept = byFact.get(f);
  // A kept list shorter than was asked for holds every choice there is.
  if (kept && (kept.asked >= n || kept.choices.length < kept.asked)) return kept.choices.slice(0, n);
  const choices = pickDistractors(f, pools, n);
  byFact.set(f, { asked: n, choices });
  return choices.slice();
}

function pickDistractors(f: Fact, pools: Pools, n: number): string[] {
  const picker = new Picker(f, n);
  const out = picker.out;
  for (const section of choiceSections(f, pools)) {
    for (const x of section()) {
      if (out.length >= n) return out;
      picker.add(x);
    }
    if (out.length >= n) return out;
  }
  for (const c of picker.later) if (out.length < n && (picker.framed || !out.some((o) => sharesWord(o, c)))) out.push(c);
  return out;
}

/**
 * One fact's pick of up to `n` wrong answers, taken greedily in the order offered. (A class, not
 * closures inside pickDistractors: tsx keeps function names by wrapping every named inner arrow in
 * a call that redefines its name, about 0.3 µs each time the outer function runs; decision 013.)
 */
class Picker {
  readonly out: string[] = [];
  readonly later: string[] = [];
  private readonly seen: Set<string>;
  // Acronyms and the names they stand for, kept apart so that two people with the same initials do not clash.
  private readonly acronyms = new Set<string>();
  private readonly initialsSeen = new Set<string>();
  // Roles are offered in the key's own frame ("Brazil's finance minister" for "Brazil's trade
  // minister"): they share words by design, so the name-overlap checks are for names only.
  readonly framed: boolean;
  private readonly place: boolean;
  // Bodies of one kind share their kind's words by design ("Central Bank of Kenya", "Bank of Korea"):
  // only the words that name them count.
  // (Only a body of a known kind: the options of one of no known kind are the article's bodies of
  // every kind, and "Supreme Court" beside "Special Court" for a party is two of the same.)
  private readonly org: boolean;
  // "three years" and "four years" share a word by design: numbers written in words are no names.
  private readonly numeric: boolean;
  private readonly named: boolean;
  // A figure is compared by value; a date's day ("Sept. 25") is not the same thing as "25 people".
  private readonly byValue: boolean;
  private nameWords: Set<string> | undefined;

  constructor(
    private readonly f: Fact,
    private readonly n: number,
  ) {
    this.seen = new Set([norm(f.answer), canonical(f.answer)]);
    const key = poolKey(f);
    if (key !== "role") this.noteAcronym(f.answer);
    this.framed = key === "role";
    this.place = f.kind === "place" || placeInfo(f.answer).kind !== "unknown";
    this.org = !this.place && key === "org" && (!!orgKind(f.answer) || CENTRAL_BANK.test(f.answer));
    // A rank ("third-largest") is a number in words: "second-largest" shares its word by design.
    this.numeric = f.kind === "count" || f.kind === "money" || f.kind === "percentage" || f.kind === "date" || f.entityType === "rank";
    this.named = !/\d/.test(f.answer) && !this.framed && !this.numeric;
    this.byValue = this.numeric && f.kind !== "date" && f.entityType !== "rank";
  }

  private noteAcronym(x: string): void {
    const a = acronymOf(x);
    if (a) this.acronyms.add(a);
    const i = initialsOfName(x);
    if (i) this.initialsSeen.add(i);
  }

  private nameWordsOf(c: string): readonly string[] {
    return this.place ? ownWords(c) : this.org ? bodyWords(c) : contentWords(c);
  }

  private overlap(a: string, b: string): boolean {
    return this.org ? bodyWords(a).some((w) => bodyWords(b).includes(w)) : sharesWord(a, b);
  }

  add(c: string | undefined): void {
    const { f, out, seen, framed, place, named } = this;
    if (!c || out.length >= this.n) return;
    const k = norm(c);
    const key = canonical(c);
    if (!k || seen.has(k) || seen.has(key) || c.length > 200) return;
    if (inSentence(f.sentence, c)) return; // a choice already in the sentence is confusing
    const country = countryOf(c);
    if (country && namesCountry(f, country)) return; // "Chinese" where the sentence is about China
    if (named) {
      const nameWords = (this.nameWords ??= sentenceNameWords(f));
      // Places share words by design ("North" and "South Waziristan", "Eastern" and "Western Europe"): only their own names count.
      const words = this.nameWordsOf(c);
      if (words.some((w) => nameWords.has(w))) return; // "Toledo" told ... -> not "Alejandro Toledo"
      if (place ? words.some((w) => contentWords(f.answer).includes(w)) : this.overlap(f.answer, c)) return;
    }
    // Named choices should not overlap each other either ("Lee" beside "Lee Jae Myung").
    if (!framed && !this.numeric && !/\d/.test(c) && out.some((o) => (place ? ownWords(o).some((w) => ownWords(c).includes(w)) : this.overlap(o, c)))) return;
    // "WCRP" beside "World Climate Research Programme"
    const acronym = acronymOf(c);
    const initials = initialsOfName(c);
    if (!framed && ((acronym && this.initialsSeen.has(acronym)) || (initials && this.acronyms.has(initials)))) return;
    // ... and so is one the sentence prints in another form ("0.60%" beside "fell 0.6%", "Four
    // years" beside "four years"). Names were checked word by word above; the rest is checked
    // last, so only the few choices that pass everything else get here.
    if (!named && printedIn(sentencePrinted(f), c, this.byValue)) return;
    seen.add(k);
    seen.add(key);
    if (!framed) this.noteAcronym(c);
    // "an Actis group": a choice that breaks the "a"/"an" before the blank is kept for last.
    if (!agreesWithArticle(f, c)) return void this.later.push(c);
    out.push(c);
  }
}

function choiceSections(f: Fact, pools: Pools): Sections {
  const key = poolKey(f);
  if (key === "person") return personSections(f, pools);
  // A journal or news outlet the tagger took for a place ("an article in Nature") is matched with its own kind,
  // and a place it took for an organisation ("Balochistan", "Ziarat district") with places.
  const known = placeInfo(f.answer).kind !== "unknown";
  if ((key === "city" || key === "place") && !known && orgKind(f.answer)) return orgSections(f, pools);
  if (key === "country" || key === "city" || key === "place") return placeSections(f, pools);
  if (key === "org" && (known || pools.placeLevels.has(norm(f.answer))) && !orgKind(f.answer)) return placeSections(f, pools);
  if (key === "org") return orgSections(f, pools);
  if (key === "role") return roleSections(f, pools);
  if (key === "quote") return [() => pools.byKey.get("quote") ?? []];
  return [() => numberChoices(f, pools)];
}

export { buildPools, poolKey, type PoolOptions, type Pools } from "./pools";
export { dayChoices, nearbyValues, numberChoices, restyleNumber, roundingStep, writtenNumber, directionBound } from "./numbers";
export { looksLikePerson, personChoices } from "./people";
export { placeChoices, placeKey } from "./places";
export { orgChoices } from "./orgs";
export { roleChoices } from "./roles";
export { articleEra, officeClass, tenuresOf, type Era } from "./era";
