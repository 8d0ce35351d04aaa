// Entities across a whole article: later mentions resolved to the fullest name ("Lee" -> "Lee Jae
// Myung", "Sears" -> "Sears, Roebuck & Co."), one type per name, and each sentence's subject with
// "he"/"she" resolved. Two passes over the sentences; every lookup is a map hit.
import { citySet, commonWordSet, countryByName, isEnglishWord, regionSet } from "../data";
import { findEntities, type Entity, type EntityType } from "./find";

/** How many recent people a bare shared name may refer back to; keeps long articles linear. */
const RECENT_PEOPLE = 12;
const NAMED: ReadonlySet<EntityType> = new Set(["person", "org", "place", "other"]);
/** When one name is typed differently in different sentences, the more specific cue wins. */
const TYPE_RANK: Partial<Record<EntityType, number>> = { person: 4, org: 3, place: 2, other: 1 };

const nameParts = (full: string) => full.split(/[\s,]+/).filter((p) => /^\p{Lu}[\p{L}'-]+$/u.test(p) && !commonWordSet.has(p.toLowerCase()));

interface Registry {
  /** Name part -> full names using it, in order of first mention. */
  people: Map<string, string[]>;
  /** Short form or acronym -> full organisation name. */
  orgs: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, full: string) {
  const xs = map.get(key);
  if (!xs) map.set(key, [full]);
  else if (!xs.includes(full)) xs.push(full);
}

function buildRegistry(sentences: readonly string[], ents: readonly Entity[][]): Registry {
  const people = new Map<string, string[]>();
  const orgs = new Map<string, string[]>();
  ents.forEach((es, i) => {
    for (const e of es) {
      if (e.type === "person" && /\s/.test(e.text)) for (const p of nameParts(e.text)) add(people, p, e.text);
      if (e.type === "org" || e.type === "other" || e.type === "place") {
        // "Group of Seven (G7)": the acronym in brackets names the same thing.
        const acr = /^ \(([A-Z][A-Za-z0-9.&]{1,9})\)/.exec(sentences[i]!.slice(e.end, e.end + 14));
        if (acr) add(orgs, acr[1]!, e.text);
      }
      if (e.type === "org" && /\s/.test(e.text)) {
        const first = e.text.split(/[\s,]+/)[0]!;
        // "Queensland Rail" makes a bare "Kestrel" short for "Kestrel Energy", but a bare
        // "Queensland" stays the state: a place the gazetteer knows names a place on its own.
        const place = citySet.has(first) || regionSet.has(first) || countryByName.has(first);
        if (first.length >= 3 && !place && !isEnglishWord(first) && !commonWordSet.has(first.toLowerCase())) add(orgs, first, e.text);
      }
    }
  });
  return { people, orgs };
}

/** No known names, remembering every name findEntities asked about. */
class AskedNames extends Set<string> {
  readonly queried: string[] = [];
  override has(name: string): boolean {
    this.queried.push(name);
    return false;
  }
}

/** The full name a bare mention stands for, preferring a surname match, then the latest mention. */
function resolvePerson(text: string, reg: Registry, recent: readonly string[]): string | undefined {
  if (/\s/.test(text)) return reg.people.get(text.split(" ").pop()!)?.includes(text) ? text : undefined;
  const cands = reg.people.get(text);
  if (!cands?.length) return undefined;
  if (cands.length === 1) return cands[0];
  const bySurname = cands.filter((c) => c.endsWith(` ${text}`));
  if (bySurname.length === 1) return bySurname[0];
  return recent.find((r) => cands.includes(r));
}

/**
 * Entities of every sentence, with `canonical` set on mentions of a person or organisation named
 * more fully elsewhere, and each name given one type throughout the article.
 */
export function findDocumentEntities(sentences: readonly string[]): Entity[][] {
  const asked = sentences.map(() => new AskedNames());
  const firstPass = sentences.map((s, i) => findEntities(s, asked[i]));
  const reg = buildRegistry(sentences, firstPass);
  // Known names are found even as a sentence's first word ("Kestrel shares rose"); the registry then types them.
  const known = new Set([...reg.people.keys(), ...reg.orgs.keys()].filter((k) => k.length >= 2));
  // The second pass runs exactly as the first until a name it asks about is known: a sentence
  // whose first pass asked about no known name would come out the same, and keeps those entities.
  const out = sentences.map((s, i) => (asked[i]!.queried.some((q) => known.has(q)) ? findEntities(s, known) : firstPass[i]!));

  // "the city of Aachen" anywhere makes every bare "Aachen" the city, not short for "the Aachen Treaty".
  const namedPlaces = new Set(out.flatMap((es) => es.filter((e) => e.namedAsPlace).map((e) => e.text)));
  const recent: string[] = []; // full person names, latest first
  for (const es of out) {
    for (const e of es) {
      if (!NAMED.has(e.type)) continue;
      if (e.namedAsPlace || namedPlaces.has(e.text)) {
        e.type = "place";
        continue;
      }
      const org = reg.orgs.get(e.text);
      const person = e.type === "org" ? undefined : resolvePerson(e.text, reg, recent);
      if (person && (e.type !== "other" || !org)) {
        e.type = "person";
        if (person !== e.text) e.canonical = person;
      } else if (org?.length === 1 && org[0] !== e.text) {
        e.type = "org";
        e.canonical = org[0];
      } else if (org && (e.type !== "person" || !person)) {
        // "Sears said ..." reads like a person, but no person of that name is in the story, and
        // "Sears Holdings" and "Sears, Roebuck & Co." are: it is the company.
        e.type = "org";
      }
    }
    for (const e of es) if (e.type === "person") recent.unshift(e.canonical ?? e.text);
    if (recent.length > RECENT_PEOPLE) recent.length = RECENT_PEOPLE;
  }

  // One type per name: "Kmart" cued as a place once ("at Kmart") is still the company.
  const best = new Map<string, EntityType>();
  for (const es of out)
    for (const e of es) {
      const r = TYPE_RANK[e.type];
      if (r === undefined) continue;
      const key = e.canonical ?? e.text;
      const cur = best.get(key);
      if (!cur || r > TYPE_RANK[cur]!) best.set(key, e.type);
    }
  for (const name of namedPlaces) best.set(name, "place");
  for (const es of out)
    for (const e of es) {
      if (TYPE_RANK[e.type] === undefined) continue;
      const t = best.get(e.canonical ?? e.text);
      if (t) e.type = t;
    }
  return out;
}

const LEAD_IN = /^(?:(?:In|On|At|After|Before|During|Since|While|When|Despite|Following|Earlier|Later|Meanwhile|However|So far|Last|This|Next|Under|Amid|Over|For|By|With|Without|Also|Yet|But|And|Still|Instead|Separately|Elsewhere)\b[^,"]{0,70},(?: (?:however|meanwhile|though),)? )/;
const SUBJECT_PRONOUN = /^(?:[Hh]e|[Ss]he)\b/;
/** Any opening phrase before "he" or "she": "A veteran of 22 years in Congress, he voted ...". */
const PHRASE_BEFORE_PRONOUN = /^[^,"]{3,80}, (?=(?:he|she)\b)/;

/**
 * Who each sentence is about: the named subject at the start of its main clause (after an
 * opening phrase such as "On Saturday,"), as its fullest name. A sentence whose subject is "he"
 * or "she" gets the previous sentence's subject when that was a person, or else the previous
 * sentence's only person; otherwise no subject.
 */
export function sentenceSubjects(sentences: readonly string[], ents: readonly Entity[][]): (Entity | undefined)[] {
  const out: (Entity | undefined)[] = [];
  sentences.forEach((s, i) => {
    const lead = LEAD_IN.exec(s)?.[0].length ?? PHRASE_BEFORE_PRONOUN.exec(s)?.[0].length ?? 0;
    const at = lead + (/^(?:The|A|An) /.exec(s.slice(lead))?.[0].length ?? 0);
    const named = ents[i]!.find((e) => (e.title ? e.title.start : e.start) === at && e.type !== "nationality");
    if (named) {
      out.push(named);
      return;
    }
    if (SUBJECT_PRONOUN.test(s.slice(lead))) {
      const prev = out[i - 1];
      if (prev?.type === "person") {
        out.push(prev);
        return;
      }
      const people = new Map((ents[i - 1] ?? []).filter((e) => e.type === "person").map((e) => [e.canonical ?? e.text, e]));
      out.push(people.size === 1 ? [...people.values()][0] : undefined);
      return;
    }
    out.push(undefined);
  });
  return out;
}
