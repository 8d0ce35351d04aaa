// People's names: which word is the family name, by the order the name's culture writes it, and
// the forms of a name a reader would type (full name, family name, with a title). Never a given
// name alone and never a title alone.
import { attachedParticles, fold, leaderNamesByLast, nameCultures, particleSet, regnalSet, royalTitleSet, suffixSet, type NameCulture } from "./data";
import { cleanTitle, isAddressTitle, isOffice, isTitleWord, roleForms, titleCore } from "./roles";

const bare = (w: string) => fold(w).replace(/[.’']/g, "");
const isInitial = (w: string) => /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,})$/u.test(w);
const isNameWord = (w: string) => /^[\p{Lu}\d]/u.test(w) || particleSet.has(fold(w)) || attachedParticles.some((p) => fold(w).startsWith(p));

/** Whether `word` splits into the culture's given-name syllables ("jinping" = "jin" + "ping"). */
function isMadeOf(word: string, syllables: ReadonlySet<string>): boolean {
  const w = bare(word);
  if (!w) return false;
  const ok: boolean[] = [true];
  for (let end = 1; end <= w.length; end++) {
    ok[end] = false;
    for (let len = 1; len <= Math.min(6, end); len++)
      if (ok[end - len] && syllables.has(w.slice(end - len, end))) {
        ok[end] = true;
        break;
      }
  }
  return ok[w.length]!;
}

const givenPartsFit = (words: readonly string[], c: NameCulture) =>
  words.length > 0 &&
  words.every((w) =>
    c.givenNames ? c.givenNames.has(bare(w)) : w.split("-").every((part) => !!c.givenSyllables && isMadeOf(part, c.givenSyllables)),
  );

/**
 * Whether the name is written family name first, decided from the lists in name-order.json: "Xi
 * Jinping", "Lee Jae Myung", "Nguyen Xuan Phuc" and (written that way) "Ishiba Shigeru" are; "Lee
 * Anderson", "Kim Kardashian" and "Shigeru Ishiba" are not.
 */
export function writtenFamilyFirst(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = bare(words[0]!);
  const last = bare(words.at(-1)!);
  const rest = words.slice(1);
  return nameCultures.some((c) => {
    if (!c.families.has(first) || !givenPartsFit(rest, c)) return false;
    return c.usualOrder === "family-first" || !c.families.has(last);
  });
}

export interface PersonName {
  /** The name without a title or suffix: "Lee Jae Myung", "Martin Luther King". */
  name: string;
  /** The family name with its particles: "Lee", "von der Leyen"; undefined for "Abdullah II". */
  family?: string;
  /** A regnal numeral ("II"); the name is then a given name. */
  regnal?: string;
  /** First name and family name, when only initials stood between ("George Bush" for "George W. Bush"). */
  short?: string;
}

/** The family name of a name written without a title. */
export function analyseName(fullName: string): PersonName {
  let words = fullName.trim().split(/\s+/);
  while (words.length > 1 && suffixSet.has(bare(words.at(-1)!))) words = words.slice(0, -1);
  const name = words.join(" ");
  if (words.length > 1 && regnalSet.has(words.at(-1)!)) return { name, regnal: words.at(-1)! };
  if (words.length === 1) return { name, family: words[0]! };
  if (writtenFamilyFirst(words)) return { name, family: words[0]! };
  let j = words.length - 1;
  while (j > 1 && particleSet.has(fold(words[j - 1]!))) j--;
  const family = words.slice(j).join(" ");
  const middle = words.slice(1, j);
  const short = middle.length && middle.every(isInitial) ? `${words[0]} ${family}` : undefined;
  return { name, family, ...(short ? { short } : {}) };
}

/**
 * A title written before the name ("Sen. Harry Reid", "South Korean President Lee Jae Myung") and
 * the name: the run of capitalised words at the end, back to the last title word.
 */
export function splitTitle(answer: string): { title?: string; name: string } {
  const words = answer.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && suffixSet.has(bare(words[end - 1]!))) end--;
  let i = end;
  while (i > 0 && isNameWord(words[i - 1]!) && !isTitleWord(words[i - 1]!)) i--;
  // "Stephen King", "Martin Luther King Jr.": a title word right at the end is part of the name.
  if (i === end || i === 0 || !isTitleWord(words[i - 1]!)) return { name: answer.trim() };
  while (i < end && particleSet.has(fold(words[i]!))) i++;
  return { title: words.slice(0, i).join(" "), name: words.slice(i).join(" ") };
}

const contains = (whole: string, part: string) => ` ${fold(whole)} `.includes(` ${fold(part)} `);

/**
 * The forms of a person's name a reader would type: the name as written; the full name (from the
 * article's fullest mention, `fullName`); the family name, first or last as the name's culture
 * orders it, with its particles ("de Klerk", and "Assad" for "al-Assad"); first and family name
 * without middle initials; and each with the person's title ("President Lee", "Sen. Reid"). A
 * king or prince is named by title and name ("King Abdullah"), never the name alone.
 */
export function personForms(answer: string, info: { role?: string; fullName?: string } = {}): string[] {
  const { title, name } = splitTitle(answer);
  if (isOffice(name)) return roleForms(answer);
  const fuller = info.fullName ? splitTitle(info.fullName).name : undefined;
  const full = fuller && fuller.length > name.length && name.split(/\s+/).every((w) => contains(fuller, w)) ? fuller : name;
  const person = analyseName(full);
  const titles = [title, info.role]
    .filter((t): t is string => !!t)
    .map(cleanTitle)
    .flatMap((t) => [titleCore(t), t.split(/\s+/).length <= 4 && !/\b(?:of|at|for|with|in|on|to|from)\b/.test(t) ? t : undefined]);
  const cores = [...new Set(titles.filter((t): t is string => !!t && isAddressTitle(t)))];
  // "Prince Harry", "King Abdullah II": the name after a royal title is a given name.
  const royal = cores.some((t) => royalTitleSet.has(fold(t).split(/\s+/).at(-1)!)) && person.name.split(/\s+/).length <= 2 && (!!person.regnal || !person.name.includes(" "));
  const out = [answer];
  if (!royal || person.regnal) out.push(name, full, person.name);
  const family = !royal && person.family && person.family !== person.name ? person.family : undefined;
  if (family) {
    out.push(family);
    const attached = attachedParticles.find((p) => fold(family).startsWith(p));
    if (attached) out.push(family.slice(attached.length));
  }
  // "Lula da Silva" for "Luiz Inacio Lula da Silva": a family name with a particle is also written
  // with the name before it, as Portuguese and Spanish names often are.
  if (family && particleSet.has(fold(family.split(/\s+/)[0]!))) {
    const parts = person.name.split(/\s+/);
    const at = parts.length - family.split(/\s+/).length;
    if (at >= 2) out.push(`${parts[at - 1]} ${family}`);
  }
  if (person.short) out.push(person.short);
  // The full name a leader is listed under, when the article leaves out a given name ("Tayyip Erdogan").
  const words = full.split(/\s+/);
  for (const listed of leaderNamesByLast.get(fold(words.at(-1)!)) ?? [])
    if (listed.length > full.length && words.length >= 2 && words.every((w) => contains(listed, w))) out.push(listed);
  for (const t of cores) {
    out.push(`${t} ${person.name}`);
    // "Crown Prince bin Salman" is not how anyone writes it.
    if (family && !royalTitleSet.has(fold(t).split(/\s+/).at(-1)!)) out.push(`${t} ${family}`);
    if (person.regnal) out.push(`${t} ${person.name.replace(/\s+\S+$/, "")}`);
  }
  return out;
}
