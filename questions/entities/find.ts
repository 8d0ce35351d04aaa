// Named entities in one sentence: runs of capitalised words, split into an optional title and a
// name, then typed from the gazetteers and from cues in the surrounding words. One pass over
// the tokens; every lookup is a set or map hit.
import {
  citySet,
  commonWordSet,
  countryByDemonym,
  countryByName,
  givenNameSet,
  honorificSet,
  groupDemonymSet,
  monthSet,
  officeSet,
  orgHeadSet,
  organisations,
  orgWordSet,
  personVerbSet,
  placeNounSet,
  placeWordSet,
  portfolioWordSet,
  regionSet,
  roleNounSet,
  weekdaySet,
} from "../data";
import { gap, isCapitalised, stripPossessive, tokenize, type Token } from "./tokens";

export type EntityType = "person" | "country" | "city" | "place" | "org" | "nationality" | "other";

export interface Span {
  text: string;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
}

export interface Entity extends Span {
  type: EntityType;
  /** A person's title as written before the name: "Prime Minister", "Queensland Rail chief executive". */
  title?: Span;
  /** Written with a possessive ending ("Japan's"); the span excludes it. */
  possessive?: boolean;
  /** Named as a place outright: "the city of Aachen". No later cue makes it an organisation. */
  namedAsPlace?: boolean;
  /** For a nationality: the country it names ("South Korean" -> "South Korea"). */
  country?: string;
  /** The fullest form of this name in the article ("Lee" -> "Lee Jae Myung"); set by `findDocumentEntities`. */
  canonical?: string;
}

/** Names already seen in the article, so bare surnames ("Ishiba") are recognised as people. */
export type KnownNames = ReadonlySet<string>;

const CONNECTORS = new Set(["of", "for", "de", "da", "do", "dos", "das", "del", "della", "la", "le", "van", "von", "bin", "al", "&", "and", "the"]);
const NAME_PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "la", "le", "van", "von", "bin", "al"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "to", "outside", "inside", "across", "toward", "towards", "into"]);
const PUBLICATION_NOUNS = new Set(["article", "articles", "paper", "papers", "study", "studies", "editorial", "journal", "essay", "commentary", "op-ed", "column", "letter"]);
const SPEECH = new Set(["said", "says", "told", "added", "wrote", "argued", "explained", "warned", "noted"]);
/** Verbs whose object is usually a person: "met Xu Wen", "replaced Ana Ruiz". */
const PERSON_OBJECT = new Set(["met", "meets", "greeted", "thanked", "congratulated", "telephoned", "phoned", "succeeded", "replaced", "defeated", "endorsed", "appointed", "nominated", "fired", "sacked", "interviewed", "accompanied", "married"]);
/** Person verbs that organisations and countries also do: no cue on their own. */
const SHARED_VERBS = new Set(["announced", "confirmed", "joined", "hosted", "visited", "claimed", "denied", "declined", "pledged", "vowed", "urged", "named", "appointed", "replaced", "defeated"]);
const knownOrgs = new Set(organisations.flatMap((o) => [o.name, ...(o.aliases ?? [])]));

const bare = (t: string) => t.replace(/\.$/, "");
/** "Justices", "Senators": a plural office before the first of two names is a title too. */
const isOffice = (t: string) => officeSet.has(t) || honorificSet.has(t);
const singularOffice = (t: string) => (/^\p{Lu}\p{Ll}+s$/u.test(t) ? (isOffice(t.slice(0, -1)) ? t.slice(0, -1) : t.endsWith("es") && isOffice(t.slice(0, -2)) ? t.slice(0, -2) : undefined) : undefined);
const isTitleToken = (t: string) => honorificSet.has(bare(t)) || officeSet.has(t) || officeSet.has(bare(t)) || singularOffice(t) !== undefined;
/** "Justices": a title shared by several people, no one person's role. */
export const isPluralTitle = (t: string) => singularOffice(t) !== undefined;
const isCalendar = (t: string) => monthSet.has(t) || weekdaySet.has(t);
const isOrgToken = (t: string) => orgWordSet.has(t) || orgWordSet.has(bare(t));
const isOrgHead = (t: string) => orgHeadSet.has(t) || orgHeadSet.has(bare(t));

/** "Koreans" -> the country or group its singular names; undefined when it is no demonym. */
function demonym(text: string): { country?: string } | undefined {
  for (const t of text.endsWith("s") && text.length > 4 ? [text, text.slice(0, -1)] : [text]) {
    const c = countryByDemonym.get(t);
    if (c) return { country: c.name };
    if (groupDemonymSet.has(t)) return {};
  }
  return undefined;
}

/** Whether the capitalised run starting at token `k` contains an organisation head word. */
function headAhead(tokens: Token[], k: number, s: string): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    if (!isCapitalised(tokens[j]!.text)) return false;
    if (isOrgHead(tokens[j]!.text)) return true;
    if (j + 1 < tokens.length && gap(s, tokens[j]!, tokens[j + 1]!) !== " ") return false;
  }
  return false;
}

function looksLikeName(tokens: Token[]): boolean {
  if (tokens.length < 1 || tokens.length > 5) return false;
  return tokens.every(
    (t) =>
      (isCapitalised(t.text) || NAME_PARTICLES.has(t.text)) &&
      !isOrgToken(t.text) &&
      !isCalendar(t.text) &&
      !countryByName.has(t.text) &&
      !/\d/.test(t.text),
  );
}

/** Lowercase role words directly before position `i` ("investor", "chief executive"). */
function roleBefore(tokens: Token[], i: number, s: string): number {
  for (const len of [3, 2, 1]) {
    if (i - len < 0) continue;
    const words = tokens.slice(i - len, i);
    if (words.some((w) => isCapitalised(w.text))) continue;
    if (!words.every((w, k) => k === 0 || gap(s, words[k - 1]!, w) === " ")) continue;
    if (gap(s, words[len - 1]!, tokens[i]!) !== " ") continue;
    const phrase = words.map((w) => w.text).join(" ");
    if (roleNounSet.has(phrase)) return qualifiersBefore(tokens, portfolioBefore(tokens, i - len, s), s);
  }
  return -1;
}

/**
 * "regional head", "deputy police chief", "senior economist": lowercase words that say which of a
 * body's offices it is belong to the title, or "head" alone would be the answer for a regional one.
 * Adjectives in -al ("regional", "political") narrow a role; quantities ("several") do not.
 */
const ROLE_QUALIFIERS = new Set(["deputy", "acting", "interim", "senior", "assistant", "associate", "junior", "joint", "vice", "state", "district", "area", "county", "police", "army", "military", "party", "union", "campaign", "company", "bank", "team", "club", "health", "education", "trade", "finance", "foreign"]);
const NOT_QUALIFIERS = new Set(["several", "total", "usual", "actual", "final", "original", "additional", "potential", "special", "real", "equal"]);
const isRoleQualifier = (w: string) => ROLE_QUALIFIERS.has(w) || (/^[a-z]{4,}al$/.test(w) && !NOT_QUALIFIERS.has(w));

function qualifiersBefore(tokens: Token[], at: number, s: string): number {
  let j = at;
  while (j > 0 && at - j < 2 && gap(s, tokens[j - 1]!, tokens[j]!) === " " && isRoleQualifier(tokens[j - 1]!.text)) j--;
  return j;
}

/** "finance minister", "industry and trade minister": the portfolio words before a lowercase office belong to it. */
function portfolioBefore(tokens: Token[], at: number, s: string): number {
  if (!/^(?:minister|secretary|ministers)$/.test(tokens[at]!.text)) return at;
  let j = at;
  while (j > 0 && gap(s, tokens[j - 1]!, tokens[j]!) === " " && portfolioWordSet.has(tokens[j - 1]!.text)) j--;
  // Not "and minister": a joining word needs a portfolio before it.
  while (j < at && /^(?:and|&)$/.test(tokens[j]!.text)) j++;
  return j;
}

/** ", chief executive of ..." right after token `last`: a role in apposition. */
function roleAfter(tokens: Token[], last: number, s: string): boolean {
  const next = tokens[last + 1];
  if (!next || !/^,\s*$/.test(s.slice(tokens[last]!.end, next.start))) return false;
  for (let k = last + 1; k < Math.min(tokens.length, last + 6); k++) {
    const w = tokens[k]!.text.toLowerCase();
    if (roleNounSet.has(w)) return true;
    if (k > last + 1 && /[,.;]/.test(s.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  }
  return false;
}

/** A title or a given name: a token that starts a person's name. */
const personLike = (text: string) => isTitleToken(text) || givenNameSet.has(text);

/**
 * Walk back from a role word over the capitalised name that qualifies it, through connectors:
 * "Indian Ministry of External Affairs spokesperson" rather than "External Affairs spokesperson".
 */
function extendTitleBack(tokens: Token[], ts: number, s: string): number {
  let best = ts;
  let j = ts;
  while (j > 0 && gap(s, tokens[j - 1]!, tokens[j]!) === " ") {
    const t = tokens[j - 1]!.text;
    if (isCapitalised(t) && !commonWordSet.has(t.toLowerCase())) best = --j;
    else if (TITLE_CONNECTORS.has(t) && j < ts && isCapitalised(tokens[j]!.text)) j--;
    else break;
  }
  return best;
}
const TITLE_CONNECTORS = new Set(["of", "for", "and", "&"]);
/** The gap before a word that opens a sentence, a quotation or a bracket. */
const SENTENCE_OPENS_BEFORE = /(?:["'(:]|[.!?]["']?)\s*$/;

export function findEntities(s: string, known: KnownNames = new Set()): Entity[] {
  const tokens = tokenize(s);
  const out: Entity[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (!isCapitalised(t.text) || t.text === "I" || isCalendar(t.text)) {
      i++;
      continue;
    }
    // (Read only for a capitalised word: most tokens are not, and this slices the gap before each.)
    const atStart = i === 0 || SENTENCE_OPENS_BEFORE.test(gap(s, tokens[i - 1]!, t));
    if (atStart && commonWordSet.has(t.text.toLowerCase())) {
      i++;
      continue;
    }
    // Grow the run of capitalised words.
    let end = i;
    let possessive = stripPossessive(t.text) !== undefined;
    let hasConnector = false;
    while (!possessive && end + 1 < n) {
      const next = tokens[end + 1]!;
      // "Roebuck & Co.", "Procter & Gamble": "&" is no word token, so it shows as the gap.
      if (gap(s, tokens[end]!, next) === " & " && isCapitalised(next.text)) {
        end++;
        hasConnector = true;
        possessive = stripPossessive(next.text) !== undefined;
        continue;
      }
      // "Tobacco Growers' Association": a plural possessive inside an organisation's name.
      if (gap(s, tokens[end]!, next) === "' " && tokens[end]!.text.endsWith("s") && isOrgHead(next.text)) {
        end++;
        continue;
      }
      if (gap(s, tokens[end]!, next) !== " ") break;
      if (isCapitalised(next.text) && !isCalendar(next.text) && next.text !== "I") {
        end++;
        possessive = stripPossessive(next.text) !== undefined;
        continue;
      }
      if (/^\d{1,3}$/.test(next.text) && end > i - 1 && isOrgToken(tokens[end]!.text)) {
        end++; // "Checkpoint 2"
        break;
      }
      // Connectors join capitalised words: "Ministry of Health", "People for the American Way".
      let k = end + 1;
      while (k < n && CONNECTORS.has(tokens[k]!.text) && k - end <= 2 && gap(s, tokens[k - 1]!, tokens[k]!) === " ") k++;
      const after = tokens[k];
      if (k === end + 1 || !after || !isCapitalised(after.text) || gap(s, tokens[k - 1]!, after) !== " ") break;
      const conns = tokens.slice(end + 1, k).map((x) => x.text);
      const particle = conns.length === 1 && NAME_PARTICLES.has(conns[0]!);
      const spanTokens = tokens.slice(i, end + 1).map((x) => x.text);
      const orgish = spanTokens.some(isOrgToken) || hasConnector;
      if (!particle) {
        if (conns[0] === "the" || conns[0] === "&" ? false : personLike(tokens[i]!.text)) break;
        if (conns.includes("and") && !orgish) break;
        if (conns.includes("and") && conns.length > 1) break;
        // "Reserve Bank of India and Stanford University": a second head starts a second name.
        if (conns.includes("and") && spanTokens.some(isOrgHead) && headAhead(tokens, k, s)) break;
      }
      hasConnector = hasConnector || !particle;
      end = k;
      possessive = stripPossessive(after.text) !== undefined;
    }
    let first = i;
    if (["The", "A", "An"].includes(tokens[first]!.text) && first < end) first++;
    const spanToks = tokens.slice(first, end + 1);
    const lastTok = spanToks[spanToks.length - 1]!;
    const endOffset = possessive ? lastTok.end - 2 : lastTok.end;
    const text = s.slice(spanToks[0]!.start, endOffset);
    const ent = classify(s, tokens, first, end, text, endOffset, possessive, known, atStart && first === i);
    if (ent) {
      // "Sears, Roebuck & Co.": a firm's name with a comma inside it.
      const prev = out[out.length - 1];
      const firm = ent.length === 1 && ent[0]!.type === "org" && /^\p{Lu}[\p{L}'-]+ & (?:Co\.?|Company|Sons)$/u.test(ent[0]!.text);
      if (firm && prev && !prev.title && !/\s/.test(prev.text) && s.slice(prev.end, ent[0]!.start) === ", ") {
        out[out.length - 1] = { ...ent[0]!, text: s.slice(prev.start, ent[0]!.end), start: prev.start };
      } else out.push(...ent);
    }
    i = end + 1;
  }
  return s.includes(" (") ? mergeAcronymNames(s, out) : out;
}

const ACRONYM_LINKS = new Set(["of", "on", "for", "and", "in", "to", "the", "&"]);

/**
 * "Action on Safety and Roads (Asr)": a run of words whose initials spell the bracketed acronym
 * after it is one organisation's name, though the run above splits it at "on" and "and".
 */
function mergeAcronymNames(s: string, ents: Entity[]): Entity[] {
  let out = ents;
  for (const m of s.matchAll(/ \((\p{Lu}[\p{L}]{1,7})\)/gu)) {
    const acronym = m[1]!.toLowerCase();
    const words = [...s.slice(0, m.index).matchAll(/\S+/g)];
    let initials = "";
    let capitals = 0;
    let start = -1;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k]![0];
      if (/^\p{Lu}[\p{L}'-]*$/u.test(w)) {
        initials = w[0]!.toLowerCase() + initials;
        capitals++;
        if (initials === acronym) {
          start = words[k]!.index;
          break;
        }
        if (initials.length >= acronym.length) break;
      } else if (!(ACRONYM_LINKS.has(w) && initials)) break;
    }
    const end = m.index;
    if (start < 0 || capitals < 2 || !s.slice(start, end).includes(" ")) continue;
    // Already one entity: nothing to mend.
    if (out.some((e) => e.start === start && e.end === end)) continue;
    const kept = out.filter((e) => e.end <= start || e.start >= end);
    const merged: Entity = { text: s.slice(start, end), start, end, type: "org" };
    out = [...kept.filter((e) => e.start < start), merged, ...kept.filter((e) => e.start >= end)];
  }
  return out;
}

/**
 * `{ ...base, type, ...extra }` (same fields, same order), built with Object.assign onto a fresh
 * object: V8 adds a property after a leading spread in a literal, or later to an object such a
 * literal made (a mention's canonical name), through a slow path of about 1 µs.
 */
function typed(base: Span & { possessive?: boolean }, type: EntityType, extra?: Partial<Entity>): Entity {
  return Object.assign({}, base, { type }, extra);
}

function classify(
  s: string,
  tokens: Token[],
  first: number,
  last: number,
  text: string,
  endOffset: number,
  possessive: boolean,
  known: KnownNames,
  atStart: boolean,
): Entity[] | undefined {
  const spanToks = tokens.slice(first, last + 1);
  const start = spanToks[0]!.start;
  const base = { text, start, end: endOffset, ...(possessive ? { possessive } : {}) };

  // Title + name: "South Korean President Lee Jae Myung", "Sen. Robert C. Byrd".
  let k = -1;
  for (let j = spanToks.length - 2; j >= 0; j--) {
    if (isTitleToken(spanToks[j]!.text)) {
      k = j;
      break;
    }
  }
  if (k >= 0) {
    const nameToks = spanToks.slice(k + 1);
    if (looksLikeName(nameToks) && !nameToks.some((t) => isTitleToken(t.text))) {
      const nameStart = nameToks[0]!.start;
      return [
        {
          text: s.slice(nameStart, endOffset),
          start: nameStart,
          end: endOffset,
          type: "person",
          title: { text: s.slice(start, spanToks[k]!.end), start, end: spanToks[k]!.end },
          ...(possessive ? { possessive } : {}),
        },
      ];
    }
  }
  const country = countryByName.get(text);
  if (country) return [typed(base, "country")];
  const dem = demonym(text);
  if (dem) return [typed(base, "nationality", dem)];
  if (knownOrgs.has(text)) return [typed(base, "org")];
  if (citySet.has(text)) return [typed(base, "city")];
  if (regionSet.has(text)) return [typed(base, "place")];
  const lastWord = bare(spanToks[spanToks.length - 1]!.text);
  // "Korean Peninsula", "Green Zone": a place word ends the name (but "Zone Authority" is an org).
  if (spanToks.length > 1 && placeWordSet.has(lastWord) && !spanToks.some((t) => isOrgHead(t.text))) return [typed(base, "place")];
  // A lone suffix ("Department store operator", "Co.") is no organisation name.
  if (spanToks.some((t) => isOrgToken(t.text)) && !(spanToks.length === 1 && atStart)) return [typed(base, "org")];

  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const prevWord = before?.text.toLowerCase() ?? "";
  const gapAfter = after ? s.slice(endOffset, after.start) : "";
  const verbAfter = after !== undefined && gapAfter === " " && (SPEECH.has(after.text) || (personVerbSet.has(after.text) && !SHARED_VERBS.has(after.text)));
  const verbBefore = SPEECH.has(prevWord) || (PERSON_OBJECT.has(prevWord) && before !== undefined && s.slice(before.end, start) === " ");
  // "Helga Strand, 64, retired": an age in apposition.
  const age = /^, \d{1,3},/.test(s.slice(endOffset, endOffset + 6));

  // "the city of Aachen": a place noun and "of" name a place, whatever the name looks like (a
  // name seen earlier inside "Aachen Town Hall" must not make it a person).
  const placeOf = prevWord === "of" && placeNounSet.has(tokens[first - 2]?.text.toLowerCase() ?? "");
  if (placeOf && !givenNameSet.has(spanToks[0]!.text) && !/^[A-Z]+$/.test(text)) return [typed(base, "place", { namedAsPlace: true })];
  if (looksLikeName(spanToks)) {
    // A lowercase role right before the name: "investor Edward Lampert", "Ash director Deborah Arnott".
    const r = roleBefore(tokens, first, s);
    const multi = spanToks.length >= 2 && spanToks.length <= 4;
    const cue =
      givenNameSet.has(spanToks[0]!.text) ||
      (multi && (verbBefore || verbAfter || age || roleAfter(tokens, last, s))) ||
      (multi && r >= 0) ||
      spanToks.some((t) => known.has(t.text));
    if (cue && !(spanToks.length === 1 && atStart && !known.has(text))) {
      const ent: Entity = typed(base, "person");
      if (r >= 0) {
        let ts = r;
        ts = extendTitleBack(tokens, ts, s);
        ent.title = { text: s.slice(tokens[ts]!.start, tokens[first - 1]!.end), start: tokens[ts]!.start, end: tokens[first - 1]!.end };
      }
      return [ent];
    }
  }
  if (atStart && spanToks.length === 1) return undefined; // "Discount", "Crude": just a capitalised opener
  const placeCue =
    PLACE_PREPOSITIONS.has(prevWord) ||
    (placeNounSet.has(prevWord) && before && /^,\s*$/.test(s.slice(before.end, start))) ||
    placeOf;
  // "an article in Nature", "a study in Science": a journal, not a place.
  const inPublication = prevWord === "in" && PUBLICATION_NOUNS.has(tokens[first - 2]?.text.toLowerCase() ?? "");
  if (placeCue && !inPublication && !gapAfter.startsWith("'") && !/^[A-Z]+$/.test(text)) return [typed(base, "place")];
  return [typed(base, "other")];
}
