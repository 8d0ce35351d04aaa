// The short names an article gives a body where it introduces it, so that a typed answer may be
// either: an acronym in brackets whose initials spell the name ("the Survey Office (USO)", or
// "USO (Survey Office)"), a short name in brackets made of the starts of the name's words ("the
// Constitutional Court of South Africa (ConCourt)"), and a short name the article quotes or says
// the body is known by ('the Coastal Ports Authority (the "Portco")', "..., known as the Portco").
// The quote or "known as" is the article's own word that the two are one; a bare word in brackets
// is trusted only when its letters come from the name, as "(Kenya)" or "(Reuters)" do not.
import { fold } from "./data";

const isDotted = (w: string) => /^(?:\p{Lu}\.){2,}$/u.test(w);
const isAllCaps = (w: string) => /^\p{Lu}{2,}s?$/u.test(w);

/**
 * The initials of a name's capitalised words ("U.S. Geological Survey" -> "USGS"; "Asia-Pacific
 * Economic Cooperation" -> "APEC"); lowercase words ("of", "and") are skipped. Undefined when a word
 * is itself an acronym (other than a dotted one, whose letters count).
 */
export function initialsOf(name: string): string | undefined {
  let out = "";
  for (const word of name.split(/\s+/)) {
    if (isDotted(word)) {
      out += word.replace(/\./g, "");
      continue;
    }
    if (isAllCaps(word)) return undefined;
    for (const part of word.split("-")) if (/^\p{Lu}/u.test(part)) out += part[0];
  }
  return out || undefined;
}

const lettersOf = (acronym: string) => acronym.replace(/[^\p{L}]/gu, "").toUpperCase();
/** "AfCFTA" is written with a lowercase letter its expansion's initials do not have. */
const capitalsOf = (acronym: string) => acronym.replace(/[^\p{Lu}]/gu, "");
export const initialsMatch = (name: string, acronym: string): boolean => {
  const initials = initialsOf(name)?.toUpperCase();
  return !!initials && initials.length >= 2 && (initials === lettersOf(acronym) || initials === capitalsOf(acronym));
};

/**
 * Whether `short` is made of the starts of the name's capitalised words, in order, the first
 * piece from the first word, two pieces at least: "ConCourt" (Con-stitutional Court),
 * "Interpol" (Inter-national Criminal Pol-ice). A capital inside the short name starts a piece,
 * so "ConCourt" is read Con|Court and nothing else.
 */
export function isBlendOf(short: string, name: string): boolean {
  const s = short.replace(/[^\p{L}\d]/gu, "");
  const words = name
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}\d]/u.test(w))
    .map((w) => fold(w).replace(/[^\p{L}\d]/gu, ""));
  if (s.length < 3 || words.length < 2 || fold(s) === words.join("")) return false;
  const capitals = [...s].flatMap((c, i) => (i > 0 && /\p{Lu}/u.test(c) ? [i] : []));
  const t = fold(s);
  // Pieces of t from `pos`, each the start of a word from `word` on; `pieces` so far. Failed
  // states are remembered, so a long name costs little.
  const failed = new Set<string>();
  const fits = (pos: number, word: number, pieces: number): boolean => {
    if (pos === t.length) return pieces >= 2;
    const state = `${pos} ${word} ${Math.min(pieces, 2)}`;
    if (failed.has(state)) return false;
    const nextCapital = capitals.find((c) => c > pos);
    for (let j = word; j < words.length && (pieces > 0 || j === 0); j++)
      for (let end = t.length; end > pos; end--) {
        if (capitals.length && end !== (nextCapital ?? t.length)) continue;
        if (words[j]!.startsWith(t.slice(pos, end)) && fits(end, j + 1, pieces + 1)) return true;
      }
    failed.add(state);
    return false;
  };
  return fits(0, 0, 0);
}

// The ranker asks this of every body it has picked against every later candidate's name, so the
// same pairs come again and again: answers are remembered per pair, by short name then by name
// (the same string objects come back, so no key is built per call). Emptied when it holds
// 20,000 pairs, so memory stays bounded on huge inputs.
const shortFormCache = new Map<string, Map<string, boolean>>();
let shortFormPairs = 0;
const SHORT_FORM_CACHE_MAX = 20_000;

/** A short name of `name`: its acronym or a blend of its words. */
export function isShortFormOf(short: string, name: string): boolean {
  let byName = shortFormCache.get(short);
  let yes = byName?.get(name);
  if (yes === undefined) {
    if (shortFormPairs >= SHORT_FORM_CACHE_MAX) {
      shortFormCache.clear();
      shortFormPairs = 0;
      byName = undefined;
    }
    if (!byName) shortFormCache.set(short, (byName = new Map()));
    // "The Constitutional Court": the article's "The" is no word of the name ("ConCourt").
    const bare = name.replace(/^the\s+/i, "");
    yes = initialsMatch(name, short) || isBlendOf(short, name) || (bare !== name && (initialsMatch(bare, short) || isBlendOf(short, bare)));
    byName.set(name, yes);
    shortFormPairs++;
  }
  return yes;
}

const NAME_WORD = /^[\p{Lu}\d][\p{L}\d.&'’-]*$/u;
const JOINERS = new Set(["of", "and", "for", "on", "in", "de", "du", "des", "the", "&"]);

/**
 * The name written just before `end`: the run of capitalised words with "of", "and" or "of the"
 * inside ("Bank of the West"), without a leading "The" or an owner ("Kenya's Constitutional
 * Court" -> "Constitutional Court"). A comma ends it, except one right before `end` ("the
 * Harbour Workers Union, known as ...").
 */
export function nameBefore(text: string, end: number): string[] {
  const words = text.slice(Math.max(0, end - 200), end).trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 12; i--) {
    const w = out.length ? words[i]! : words[i]!.replace(/[,;:]$/, "");
    if (/^[\p{L}\d].*[’']s$/u.test(w) && out.length) break; // "Kenya's": the owner, not the name
    if (NAME_WORD.test(w) && !/[,;:]$/.test(w)) out.unshift(w);
    // "the" joins only after "of" or "for" ("Bank of the West"), never "Meanwhile the Court".
    else if (out.length && JOINERS.has(w) && (w !== "the" || /^(?:of|for|on|in|and)$/.test(words[i - 1] ?? ""))) out.unshift(w);
    else break;
  }
  while (out.length && (JOINERS.has(out[0]!) || /^(?:The|A|An)$/.test(out[0]!))) out.shift();
  while (out.length && JOINERS.has(out.at(-1)!)) out.pop();
  return out;
}

const ACRONYM_AFTER = /\(([\p{Lu}][\p{L}.&]{1,11})\)/gu;
const ACRONYM_BEFORE = /\b([\p{Lu}][\p{L}.&]{1,11})\s*\(([^()]{4,100})\)/gu;
const SHORT = String.raw`\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}`;
// '(the "Portco")', '(“Portco”)', '(the ConCourt)'.
const IN_BRACKETS = new RegExp(String.raw`\(\s*(?:the\s+)?(["“‘']?)(${SHORT})["”’']?\s*\)`, "gu");
// ", known as the ConCourt", ", also known as “Portco”", "(commonly referred to as the HWU)".
const KNOWN_AS = new RegExp(String.raw`,?\s*\(?\s*(?:(?:also|commonly|popularly|widely|better|locally)\s+)?(?:known\s+as|referred\s+to\s+as|dubbed)\s+(?:the\s+)?(["“‘']?)(${SHORT})`, "gu");

/** A blend in brackets: the longest end of the run before it that the short name is made from. */
function blendedName(run: readonly string[], short: string): string | undefined {
  for (let i = 0; i < run.length; i++) {
    if (!/^[\p{Lu}\d]/u.test(run[i]!) || (i > 0 && JOINERS.has(run[i - 1]!))) continue;
    const name = run.slice(i).join(" ");
    if (isBlendOf(short, name)) return name;
  }
  return undefined;
}

// The accepted forms of every name in a sentence read the sentence for the short names it
// defines: remembered per text (each call gets its own copy of the list), emptied when full.
const definedCache = new Map<string, readonly [string, string][]>();
const DEFINED_CACHE_MAX = 5_000;

/**
 * The short names `text` defines, as [short, name] pairs: acronyms ("the Survey Office (USO)",
 * "USO (Survey Office)"), blends in brackets ("the Constitutional Court (ConCourt)"), and
 * names quoted in brackets or given after "known as" ('the Ports Authority (the "Portco")').
 */
export function definedNames(text: string): [string, string][] {
  let pairs = definedCache.get(text);
  if (!pairs) {
    if (definedCache.size >= DEFINED_CACHE_MAX) definedCache.clear();
    definedCache.set(text, (pairs = definedNamesOf(text)));
  }
  return pairs.map(([short, name]) => [short, name]);
}

function definedNamesOf(text: string): [string, string][] {
  const found: [string, string][] = [];
  if (text.includes("(")) {
    for (const m of text.matchAll(ACRONYM_AFTER)) {
      const acronym = m[1]!;
      const words = text.slice(Math.max(0, m.index - 200), m.index).trimEnd().split(/\s+/).slice(-12);
      // The shortest run of words before the brackets whose initials spell the acronym.
      for (let i = words.length - 1; i >= 0; i--) {
        if (!/^[\p{Lu}\d]/u.test(words[i]!)) continue;
        const name = words.slice(i).join(" ").replace(/[,;:]$/, "");
        if (initialsMatch(name, acronym)) {
          found.push([acronym, name]);
          break;
        }
      }
    }
    for (const m of text.matchAll(ACRONYM_BEFORE)) {
      const [, acronym, name] = m;
      if (initialsMatch(name!, acronym!)) found.push([acronym!, name!.trim()]);
    }
    for (const m of text.matchAll(IN_BRACKETS)) {
      const [, quote, short] = m;
      const run = nameBefore(text, m.index);
      const name = quote ? run.join(" ") : blendedName(run, short!);
      if (name && fold(name) !== fold(short!)) found.push([short!, name]);
    }
  }
  if (/\b(?:known|referred|dubbed)\b/.test(text))
    for (const m of text.matchAll(KNOWN_AS)) {
      const short = m[2]!.replace(/[.,;:'’]+$/, "");
      const name = nameBefore(text, m.index).join(" ");
      if (name && fold(name) !== fold(short)) found.push([short, name]);
    }
  // An acronym in brackets is found both as an acronym and as a blend of its name: once is enough.
  const byKey = new Map<string, [string, string]>();
  for (const pair of found) byKey.set(`${pair[0]}\n${fold(pair[1])}`, byKey.get(`${pair[0]}\n${fold(pair[1])}`) ?? pair);
  return [...byKey.values()];
}
