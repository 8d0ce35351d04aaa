// Wrong answers of the same kind as the right one: the article's own names first, then the
// gazetteers, picked by relevance (same role class, same country or region, same unit and scale)
// and never by list order. Every pick is deterministic: ties are rotated by a hash of the fact id.
import { countries, leaders, numberWords, organisations, placeWordSet, titles, words as wordData, type Country } from "../data";
import type { Fact } from "../facts";
import { hashOf, norm } from "./common";
import { isOffice } from "./wording";
import { citiesOf, findCountry, orgKind, placeInfo, regionsOf, regionDistance, roleClass, roleCountry, type RoleClass } from "./kinds";

export interface Pools {
  /** Article answers by pool key ("person", "country", "city", "place", "org", "role", "quote"). */
  byKey: Map<string, string[]>;
  /** How many different people hold each role (by normalised role). */
  roleHolders: Map<string, number>;
  numbers: Map<string, Fact[]>;
  /** The article's people with the role it gives them, by normalised name. */
  people: Map<string, { name: string; role?: string }>;
  /** Countries the article names, most often named first. */
  homeCountries: Country[];
  /** The business sector the article is about, when its words make that clear ("retail"). */
  sector?: string;
}

const SECTOR_CUES: Record<string, RegExp> = {
  retail: /\b(?:retail(?:er|ers)?|stores?|shoppers?|department store|supermarkets?)\b/gi,
  banking: /\b(?:banks?|banking|lenders?|loans?)\b/gi,
  energy: /\b(?:oil|gas|crude|refiner(?:y|ies)|energy)\b/gi,
  technology: /\b(?:software|internet|chips?|smartphones?|technology)\b/gi,
  automotive: /\b(?:cars?|carmakers?|vehicles?|automakers?)\b/gi,
};

function articleSector(sentences: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const [k, re] of Object.entries(SECTOR_CUES)) counts.set(k, (counts.get(k) ?? 0) + (s.match(re)?.length ?? 0));
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? best[0] : undefined;
}

const POOL_LIMIT = 60;

export function poolKey(f: Fact): string | undefined {
  if (f.kind === "role" && f.relation === "role-of") return "role";
  if (f.relation === "affiliation") return "org";
  if (f.entityType === "person") return "person";
  if (f.entityType === "country") return "country";
  if (f.entityType === "city") return "city";
  if (f.kind === "place" && f.entityType === "place") return "place";
  if (f.entityType === "org" || f.entityType === "other") return "org";
  if (f.entityType === "quote") return "quote";
  return undefined;
}

const numberKey = (f: Fact) => `${f.kind}|${f.kind === "count" || f.kind === "money" ? (f.unit ?? "") : (f.entityType ?? "")}`;

export function buildPools(facts: readonly Fact[]): Pools {
  const byKey = new Map<string, string[]>();
  const numbers = new Map<string, Fact[]>();
  const holders = new Map<string, Set<string>>();
  const people = new Map<string, { name: string; role?: string }>();
  const countryCount = new Map<Country, number>();
  for (const f of facts) {
    if (f.relation === "holder" && f.role) {
      const set = holders.get(norm(f.role)) ?? new Set();
      set.add(norm(f.answer));
      holders.set(norm(f.role), set);
    }
    if (f.entityType === "person" && f.relation === "holder" && people.size < POOL_LIMIT) {
      const p = people.get(norm(f.answer));
      if (!p) people.set(norm(f.answer), { name: f.answer, ...(f.role ? { role: f.role } : {}) });
      else if (!p.role && f.role) p.role = f.role;
    }
    if (f.kind === "place" && f.entityType !== "list") {
      const info = placeInfo(f.answer);
      if (info.country) countryCount.set(info.country, (countryCount.get(info.country) ?? 0) + 1);
    }
    const key = poolKey(f);
    if (key) {
      const list = byKey.get(key) ?? [];
      if (list.length < POOL_LIMIT && !list.some((x) => norm(x) === norm(f.answer))) list.push(f.answer);
      byKey.set(key, list);
    }
    if (f.value !== undefined && !f.values) {
      const nk = numberKey(f);
      const list = numbers.get(nk) ?? [];
      if (list.length < POOL_LIMIT) list.push(f);
      numbers.set(nk, list);
    }
  }
  const roleHolders = new Map([...holders].map(([k, v]) => [k, v.size]));
  const homeCountries = [...countryCount].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const sentences = new Map<number, string>();
  for (const f of facts) if (sentences.size < 400) sentences.set(f.sentenceIndex, f.sentence);
  const sector = articleSector(sentences.values());
  return { byKey, numbers, roleHolders, people, homeCountries, ...(sector ? { sector } : {}) };
}

// The distractor filter compares every candidate with the answer, the sentence's names and the
// choices taken so far; each string's content words are worked out once and kept.
const contentCache = new Map<string, readonly string[]>();
const CONTENT_CACHE_MAX = 20_000;

/** Words that join the parts of a name: "Institute for X" and "Centre for Y" share nothing. */
const LINK_WORDS = new Set(["and", "for", "the", "with", "from", "upon"]);

/** Normalised words of `s` that can make two names overlap: not numbers, longer than two letters. */
function contentWords(s: string): readonly string[] {
  let ws = contentCache.get(s);
  if (ws === undefined) {
    if (contentCache.size >= CONTENT_CACHE_MAX) contentCache.clear();
    ws = [...new Set(norm(s).split(" "))].filter((w) => !/^\d/.test(w) && w.length > 2 && !LINK_WORDS.has(w));
    contentCache.set(s, ws);
  }
  return ws;
}

/** Whether two names share a content word ("Lee" and "Lee Jae Myung"). */
function sharesWord(a: string, b: string): boolean {
  const aw = contentWords(a);
  if (!aw.length) return false;
  return contentWords(b).some((w) => aw.includes(w));
}

/** Capitalised words of the sentence outside the answer (names a choice must not repeat). */
function sentenceNames(f: Fact): string[] {
  const s = f.sentence.slice(0, f.answerStart - f.start) + " " + f.sentence.slice(f.answerEnd - f.start);
  return [...s.matchAll(/\b\p{Lu}[\p{L}'-]{2,}/gu)].map((m) => m[0].replace(/'s?$/, "")).filter((w) => !/^(?:The|A|An|In|On|At|But|And|He|She|It|They|This|That|Mr|Mrs|Ms|Dr|Sen|Rep|President|Minister)$/.test(w));
}

/** The content words of all of the sentence's names, as one set. */
function sentenceNameWords(f: Fact): Set<string> {
  const out = new Set<string>();
  for (const w of sentenceNames(f)) for (const x of contentWords(w)) out.add(x);
  return out;
}

/** Rotate a list by a seed so equally good candidates are not always taken in list order. */
function rotate<T>(xs: readonly T[], seed: string): T[] {
  if (xs.length < 2) return [...xs];
  const k = hashOf(seed) % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}

/** Candidates grouped by a relevance rank (lower is better), each group rotated by the seed. */
function byRelevance<T>(xs: readonly T[], rank: (x: T) => number, seed: string): T[] {
  const groups = new Map<number, T[]>();
  for (const x of xs) {
    const r = rank(x);
    if (!Number.isFinite(r)) continue;
    const g = groups.get(r) ?? [];
    g.push(x);
    groups.set(r, g);
  }
  return [...groups.keys()].sort((a, b) => a - b).flatMap((r) => rotate(groups.get(r)!, `${seed}|${r}`));
}

// The builders ask for one fact's wrong answers more than once (multiple choice, then true/false):
// the longest list asked for is kept per fact and pools, and a shorter request takes its head,
// which is what a fresh pick would give because choices are taken greedily in one order.
const picked = new WeakMap<Pools, Map<Fact, { asked: number; choices: string[] }>>();

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
  const out: string[] = [];
  const seen = new Set([norm(f.answer)]);
  const named = !/\d/.test(f.answer);
  let nameWords: Set<string> | undefined;
  const add = (c: string | undefined) => {
    if (!c || out.length >= n) return;
    const k = norm(c);
    if (!k || seen.has(k) || c.length > 200) return;
    if (f.sentence.includes(c)) return; // a choice already in the sentence is confusing
    if (named) {
      nameWords ??= sentenceNameWords(f);
      if (contentWords(c).some((w) => nameWords!.has(w))) return; // "Toledo" told ... -> not "Alejandro Toledo"
      if (sharesWord(f.answer, c)) return;
    }
    // Named choices should not overlap each other either ("Lee" beside "Lee Jae Myung").
    if (!/\d/.test(c) && out.some((o) => sharesWord(o, c))) return;
    seen.add(k);
    out.push(c);
  };
  for (const section of choiceSections(f, pools)) {
    for (const x of section()) {
      if (out.length >= n) return out;
      add(x);
    }
    if (out.length >= n) return out;
  }
  return out;
}

/**
 * The candidate list in sections, best first, each built only when the ones before it ran out:
 * most facts find their choices in the article and never rank the gazetteers.
 */
type Sections = (() => readonly string[])[];

function choiceSections(f: Fact, pools: Pools): Sections {
  const key = poolKey(f);
  if (key === "person") return personSections(f, pools);
  if (key === "country" || key === "city" || key === "place") return placeSections(f, pools);
  if (key === "org") return orgSections(f, pools);
  if (key === "role") return [() => roleChoices(f, pools)];
  if (key === "quote") return [() => pools.byKey.get("quote") ?? []];
  return [() => numberChoices(f, pools)];
}

const flatten = (sections: Sections): string[] => sections.flatMap((s) => s());

// ---------- people ----------

export function personChoices(f: Fact, pools: Pools): string[] {
  return flatten(personSections(f, pools));
}

function personSections(f: Fact, pools: Pools): Sections {
  const me = pools.people.get(norm(f.answer));
  const role = f.role ?? me?.role;
  const cls = roleClass(role);
  const home = roleCountry(role) ?? pools.homeCountries[0];
  const full = (name: string) => !f.answer.includes(" ") || name.includes(" ");
  const others = realPeople(pools).filter((p) => norm(p.name) !== norm(f.answer) && full(p.name));
  const sameClass = () => rotate(cls === "other" ? [] : others.filter((p) => roleClass(p.role) === cls).map((p) => p.name), f.id);
  const gazetteer = () =>
    cls === "head"
      ? byRelevance(
          // Not the same country's leaders: a successor is a trap for a reader who knows today's news.
          leaders.filter((l) => l.name !== f.answer && l.country !== home?.name),
          (l) => regionDistance(home, findCountry(l.country)) * 2 + (sameOffice(role, l.office) ? 0 : 1),
          f.id,
        ).map((l) => l.name)
      : [];
  const rest = () => rotate(
    others.map((p) => p.name),
    f.id,
  );
  return [sameClass, gazetteer, rest];
}

const peopleOf = new WeakMap<Pools, { name: string; role?: string }[]>();

/** The article's people that look like people, worked out once per article. */
function realPeople(pools: Pools): { name: string; role?: string }[] {
  let list = peopleOf.get(pools);
  if (!list) {
    // A "name" that is part of one of the article's organisations or places is not a person.
    const things = [...(pools.byKey.get("org") ?? []), ...(pools.byKey.get("place") ?? []), ...(pools.byKey.get("city") ?? [])].map(norm);
    const isThing = (name: string) => {
      const n = norm(name);
      return things.some((t) => t === n || t.startsWith(`${n} `));
    };
    list = [...pools.people.values()].filter((p) => looksLikePerson(p.name) && !isThing(p.name));
    peopleOf.set(pools, list);
  }
  return list;
}

const NOT_A_NAME =
  /\b(?:America|Europe|Asia|Africa|Oceania|War|Train|Sites?|Reef|Centre|Center|Heritage|World|Zone|Street|Road|House|River|Islands?|Sea|Ocean|Park|Bank|Valley|Mountains?|Lake|Bay|Coast|Day|Cup|Games|Prize|Award|Act|Bill|Treaty|Accord|Index|Exchange|Airport|Station|Bridge|Hospital|Court|Party|Times|Post|News)\b/;

/** A person's name rather than a capitalised place, event or thing the tagger took for one. */
export function looksLikePerson(name: string): boolean {
  const toks = name.split(" ");
  if (NOT_A_NAME.test(name) || placeInfo(name).kind !== "unknown" || orgKind(name)) return false;
  if (new Set(toks).size !== toks.length) return false; // "Gin Gin"
  if (toks.some((t) => /^[A-Z]{2,}$/.test(t))) return false; // "BBC Online"
  return toks.every((t) => /^\p{Lu}/u.test(t) || /^(?:de|da|do|dos|das|del|della|la|le|van|von|bin|al|el)$/.test(t));
}

const sameOffice = (role: string | undefined, office: string) => !!role && role.toLowerCase().includes(office.toLowerCase());

// ---------- places ----------

/** The country a fact's place is in: from the gazetteers, else from other places in its sentence. */
function anchorCountry(f: Fact, pools: Pools): Country | undefined {
  const info = placeInfo(f.answer);
  if (info.country) return info.country;
  for (const m of f.sentence.matchAll(/\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)*/gu)) {
    if (m[0] === f.answer) continue;
    const c = placeInfo(m[0].replace(/'s$/, "")).country;
    if (c) return c;
  }
  return pools.homeCountries[0];
}


export function placeChoices(f: Fact, pools: Pools): string[] {
  return flatten(placeSections(f, pools));
}

function placeSections(f: Fact, pools: Pools): Sections {
  const info = placeInfo(f.answer);
  const anchor = anchorCountry(f, pools);
  const dist = (name: string) => regionDistance(anchor, placeInfo(name).country);
  const article = (keys: string[]) => keys.flatMap((k) => pools.byKey.get(k) ?? []);
  if (info.kind === "country" || f.entityType === "country") {
    const mine = () => byRelevance(
      article(["country"]).filter((c) => placeInfo(c).kind === "country" && placeInfo(c).country !== info.country),
      dist,
      f.id,
    );
    const gaz = () => byRelevance(
      countries.filter((c) => !c.ambiguous && c !== info.country).map((c) => c.name),
      (c) => (dist(c) < 3 ? dist(c) : Infinity),
      f.id,
    );
    return [mine, gaz];
  }
  if (info.kind === "region") {
    const same = anchor ? regionsOf(anchor).filter((r) => r !== f.answer) : [];
    const mine = article(["place"]).filter((p) => placeInfo(p).kind === "region");
    return [() => [...rotate(mine.filter((p) => same.includes(p)), f.id), ...rotate(same, f.id), ...mine]];
  }
  // A district or landmark ("Green Zone", "Tahrir Square") is matched with landmarks only: beside
  // whole cities it is an easy pick, and the gazetteers list no landmarks.
  if (isLandmark(f.answer)) return [() => byRelevance(article(["place", "city"]).filter(isLandmark), () => 0, f.id)];
  // Cities and places the gazetteers do not know: the article's towns, then cities of the same
  // country, then of neighbouring countries.
  const mine = article(["city", "place"]).filter((p) => {
    const k = placeInfo(p).kind;
    return k === "city" || (k === "unknown" && info.kind === "unknown");
  });
  const home = () => (anchor ? rotate(citiesOf(anchor), f.id) : []);
  const near = () => {
    if (!anchor) return [];
    const cs = countries.filter((c) => c !== anchor && regionDistance(anchor, c) <= 1 && !c.ambiguous);
    return byRelevance(cs, (c) => regionDistance(anchor, c), f.id).flatMap((c) => citiesOf(c).slice(0, 2));
  };
  return [() => byRelevance(mine, (p) => (placeInfo(p).kind === "unknown" ? 0 : dist(p)), f.id), home, near];
}

/** A place named by a feature word ("Green Zone", "Harbour Bridge") that no gazetteer lists. */
const isLandmark = (name: string) => name.includes(" ") && placeInfo(name).kind === "unknown" && placeWordSet.has(name.split(" ").pop()!);

// ---------- organisations and roles ----------

/** A single capitalised word that names a people or a place's inhabitants ("Californian"). */
const demonymLike = (s: string) => !s.includes(" ") && /(?:an|ans|ese|ish|ic|ers)$/.test(s);

const COMPANY_CUES = /\b(?:shareholders?|shares|company|companies|retailers?|firms?|merger|takeover|stake|chain|brand|profits?|revenue)\b/i;

export function orgChoices(f: Fact, pools: Pools): string[] {
  return flatten(orgSections(f, pools));
}

function orgSections(f: Fact, pools: Pools): Sections {
  const kind = orgKind(f.answer) ?? (COMPANY_CUES.test(f.sentence) ? { kind: "company" } : undefined);
  // A lone capitalised word is often not an organisation at all ("Melting"): keep acronyms and known names.
  const mine = (pools.byKey.get("org") ?? []).filter((o) => !demonymLike(o) && (o.includes(" ") ? o.length > 3 : /^[A-Z]{2,}$/.test(o) || !!orgKind(o)));
  const sector = kind?.sector ?? (kind?.kind === "company" ? pools.sector : undefined);
  const rank = (o: string) => {
    const k = orgKind(o);
    if (kind && k && k.kind === kind.kind) return k.sector === sector ? 0 : 1;
    return kind && k ? Infinity : 2; // a university is no wrong answer for a company
  };
  const gaz = () =>
    kind
      ? rotate(
          organisations.filter((o) => o.kind === kind.kind && (!sector || o.sector === sector)).map((o) => o.name),
          f.id,
        )
      : [];
  // Of a known kind, the answer is matched with its own kind only: the article's names of that kind,
  // then the gazetteer's; names of no known kind (a news service, a list of sites) are no rivals for it.
  if (kind) return [() => byRelevance(mine, (o) => (rank(o) === 0 ? 0 : Infinity), f.id), gaz, () => byRelevance(mine, (o) => (rank(o) === 1 ? 1 : Infinity), f.id)];
  return [() => byRelevance(mine, rank, f.id), gaz];
}

export function roleChoices(f: Fact, pools: Pools): string[] {
  const cls: RoleClass = roleClass(f.answer);
  const mine = (pools.byKey.get("role") ?? []).filter(isOffice);
  const out: string[] = [];
  // "Peruvian President" -> "Chilean President": the same office for a nearby country.
  const country = roleCountry(f.answer);
  if (country && f.answer.includes(country.demonym)) {
    const near = byRelevance(
      countries.filter((c) => c !== country && !c.ambiguous),
      (c) => (regionDistance(country, c) <= 1 ? regionDistance(country, c) : Infinity),
      f.id,
    );
    out.push(...near.slice(0, 3).map((c) => f.answer.replace(country.demonym, c.demonym)));
  }
  // Roles of the same class come first, the article's then the sample list's: a party leader is
  // matched with other politicians before a company's officers.
  const sample = rotate(titles.sampleRoles, f.id);
  const same = (r: string) => roleClass(r) === cls;
  out.push(...rotate(mine.filter(same), f.id), ...sample.filter(same), ...rotate(mine.filter((r) => !same(r)), f.id), ...sample.filter((r) => !same(r)));
  return out;
}

// ---------- numbers and dates ----------

const numberWordByValue = new Map(Object.entries(numberWords).map(([w, v]) => [v, w]));

/** Replace the number inside `answer` by `value`, keeping its style (commas, decimals, words). */
export function restyleNumber(answer: string, value: number): string | undefined {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(answer);
  if (!m) {
    const w = /^[A-Za-z]+/.exec(answer)?.[0];
    const word = numberWordByValue.get(value);
    if (!w || !word) return undefined;
    const styled = /^\p{Lu}/u.test(w) ? word[0]!.toUpperCase() + word.slice(1) : word;
    return styled + answer.slice(w.length);
  }
  const old = m[0];
  const decimals = /\.(\d+)$/.exec(old)?.[1]?.length ?? 0;
  let text = value.toFixed(decimals);
  if (old.includes(",") || (value >= 10000 && decimals === 0 && old.length > 4)) {
    const [int, dec] = text.split(".");
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (dec ? `.${dec}` : "");
  }
  return answer.slice(0, m.index) + text + answer.slice(m.index + old.length);
}

/** The bare number written in the answer (before any scale word), or a number word's value. */
export function writtenNumber(answer: string): number | undefined {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(answer);
  if (m) return Number(m[0].replace(/,/g, ""));
  const w = /^[A-Za-z]+/.exec(answer)?.[0]?.toLowerCase();
  return w ? numberWords[w] : undefined;
}

/** Round values near `n` that a reader could believe, all clearly different from it. */
export function nearbyValues(n: number, opts: { isYear?: boolean; isWord?: boolean; decimals?: number } = {}): number[] {
  if (opts.isYear) return [n - 1, n + 1, n - 2, n + 2, n - 3, n + 3, n - 5, n + 5];
  if (opts.isWord) return [n + 1, n - 1, n + 2, n - 2, n + 3, n + 4, n * 2, n + 5].filter((x) => numberWordByValue.has(x));
  if (Number.isInteger(n) && n <= 12) return [n + 1, n - 1, n + 2, n + 3, n - 2, n * 2, n + 5];
  const decimals = opts.decimals ?? /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  const round = (x: number) => {
    if (decimals) return Number(x.toFixed(decimals));
    const mag = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 1);
    return Math.round(x / mag) * mag;
  };
  // A level written to the hundredth (an index, a price) moves by a few percent, not by half.
  const factors = decimals && n >= 100 ? [0.97, 1.03, 0.94, 1.06, 0.9, 1.1] : [1.5, 0.5, 2, 0.75, 3, 1.25, 0.25, 4];
  return factors.map((k) => round(n * k));
}

const MONTH_DAYS: Record<string, number> = { February: 29, April: 30, June: 30, September: 30, November: 30 };
const monthLength = (m: string) => MONTH_DAYS[m] ?? 31;

/** "January 30", "30 January", "Jan. 30, 2005": other real days of the same month, same format. */
export function dayChoices(answer: string, seed: string): string[] {
  const months = wordData.months;
  const m = new RegExp(`^(.*?\\b)(${months.join("|")})( (\\d{1,2})(?:st|nd|rd|th)?\\b)(.*)$`).exec(answer);
  const r = m ? undefined : new RegExp(`^(.*?)(\\d{1,2})((?:st|nd|rd|th)? (${months.join("|")})\\b.*)$`).exec(answer);
  if (!m && !r) return [];
  const month = m ? m[2]! : r![4]!;
  const day = Number(m ? m[4] : r![2]);
  const out: string[] = [];
  const offsets = rotate([1, -1, 2, -2, 3, -3, 5, -5, 7, -7], seed);
  for (const d of offsets) {
    const v = day + d;
    if (v < 1 || v > monthLength(month)) continue;
    if (m) out.push(`${m[1]}${month}${m[3]!.replace(m[4]!, String(v))}${m[5]}`.replace(/(\d)(st|nd|rd|th)\b/, (_, x: string) => `${x}${ordinal(v)}`));
    else out.push(`${r![1]}${v}${r![3]!.replace(/^(?:st|nd|rd|th)/, (x) => (x ? ordinal(v) : x))}`);
  }
  return out;
}

const ordinal = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th"));

/** Are `a` and `b` too close for `b` to be a clearly wrong answer? */
function tooClose(f: Fact, a: number, b: number): boolean {
  if (f.kind === "date") return a === b;
  const q = (f.qualifier ?? "").toLowerCase();
  // A lower bound ("more than 100") is also true of every smaller number and may be true of a
  // slightly larger one: only clearly larger values are wrong. Upper bounds mirror this.
  if (/more than|over|at least|above/.test(q) && b <= a * 1.5) return true;
  if (/less than|under|fewer than|up to|below/.test(q) && b >= a / 1.5) return true;
  // "about 850" is also true of 870.
  const margin = Number.isInteger(a) && Math.abs(a) <= 12 ? 0 : Math.abs(a) * (q ? 0.15 : 0.05);
  return Math.abs(a - b) <= margin;
}

export function numberChoices(f: Fact, pools: Pools): string[] {
  const out: string[] = [];
  if (f.entityType === "rank") {
    const [ord, rest] = f.answer.split("-", 2) as [string, string];
    for (const o of ["second", "third", "fourth", "fifth", "sixth", "seventh"]) if (o !== ord.toLowerCase()) out.push(`${o}-${rest}`);
    return out;
  }
  const months = wordData.months;
  if (f.entityType === "month" || (f.kind === "date" && /^(?:next |last |this )?[A-Z][a-z]+$/.test(f.answer))) {
    const m = months.find((x) => f.answer.endsWith(x));
    const w = wordData.weekdays.find((x) => f.answer.endsWith(x));
    const list = m ? months : w ? wordData.weekdays : [];
    const cur = m ?? w;
    if (cur) {
      const i = list.indexOf(cur);
      // Nearby months or days first: "March" -> "February", "April", "May".
      const near = [1, -1, 2, -2, 3, -3].map((d) => list[(i + d + list.length) % list.length]!);
      for (const o of near) out.push(f.answer.replace(cur, o));
    }
    return out;
  }
  if (f.kind === "date") {
    const days = dayChoices(f.answer, f.id);
    if (days.length) return days;
  }
  if (f.values && f.values.length === 2) {
    const [a, b] = f.values as [number, number];
    for (const d of [-5, 5, -10, 10, 3, -3]) {
      const endText = f.answer.replace(/^\d{4}/, "").replace(/\d+$/, (x) => (x.length === 2 ? String((b + d) % 100).padStart(2, "0") : String(b + d)));
      out.push(`${a + d}${endText}`);
    }
    return out;
  }
  const decade = /^(?:the )?(\d{3})0s$/.exec(f.answer);
  if (decade) {
    const d = Number(decade[1]) * 10;
    for (const x of [d - 10, d + 10, d - 20, d + 20]) out.push(f.answer.replace(/\d{4}/, String(x)));
    return out;
  }
  const written = writtenNumber(f.answer);
  if (written === undefined || f.value === undefined) return out;
  const isYear = f.kind === "date" && /^\d{4}$/.test(f.answer);
  const isWord = !/\d/.test(f.answer);
  const scaleOf = (s: string) => s.replace(/[\d.,\s]/g, "").toLowerCase();
  // The article's own numbers of the same kind, unit and written style first.
  for (const g of pools.numbers.get(numberKey(f)) ?? []) {
    if (g.id === f.id || g.value === undefined) continue;
    if (isYear !== /^\d{4}$/.test(g.answer) || /\d/.test(g.answer) === isWord || scaleOf(g.answer) !== scaleOf(f.answer)) continue;
    const ratio = g.value / f.value;
    // "more than 100 people" elsewhere is also true of 128: such a figure is no wrong answer.
    const gq = (g.qualifier ?? "").toLowerCase();
    if (/more than|over|at least|above/.test(gq) && f.value > g.value) continue;
    if (/less than|under|fewer than|up to|below/.test(gq) && f.value < g.value) continue;
    if (ratio > 0.2 && ratio < 5 && !tooClose(f, f.value, g.value)) out.push(g.answer);
  }
  const scale = f.value / written;
  const isAge = /^years? old$|^-?year-old$/.test(f.unit ?? "");
  for (const v of isAge ? [written + 4, written - 6, written + 9, written - 11, written + 2].filter((x) => x >= 18 && x <= 100) : nearbyValues(written, { isYear, isWord })) {
    if (f.kind === "percentage" && written <= 100 && v > 100) continue; // "140 per cent sure"
    if (written < 1000 && v >= 1000 && /\d\s*(?:thousand|million|billion|trillion|bn|m|k)\b/i.test(f.answer)) continue; // "$1900 billion"
    if (v > 0 && v !== written && !tooClose(f, f.value, v * scale)) {
      const s = restyleNumber(f.answer, v);
      if (s) out.push(s);
    }
  }
  return out;
}
