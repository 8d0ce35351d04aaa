import { isShortFormOf } from "../grade/short-names";
import type { Fact } from "../facts";
import { acceptedForms, type AnswerInfo } from "../grade";
import type { Question } from "../schema";
import { baseQuestion, norm } from "./common";
import { looksLikePerson, type Pools } from "./distractors";
import { directQuestion, fillInTheBlank } from "./wording";
import { RunCache } from "../run-cache";

/** What kind of answer the fact's key is, for the accepted forms (questions/grade). */
export function answerInfo(f: Fact): AnswerInfo {
  const context = f.sentence;
  // A scale word may stand just outside the blank ("raised Sh38| billion"): the figure's own forms then include it.
  const after = f.sentence.slice(f.answerEnd - f.start, f.answerEnd - f.start + 20);
  if (f.relation === "role-of") return { kind: "role" };
  if (f.entityType === "person" || namedAsPerson(f)) return { kind: "person", ...(f.role ? { role: f.role } : {}), ...(f.canonical ? { fullName: f.canonical } : {}) };
  if (f.entityType === "org") return { kind: "organisation", context, ...(f.canonical ? { fullName: f.canonical } : {}) };
  if (f.entityType === "country" || f.entityType === "city" || f.entityType === "place") return { kind: "place", context };
  if (f.kind === "percentage") return { kind: "percentage" };
  if (f.kind === "count" || f.kind === "money") return { kind: "number", ...(f.unit ? { unit: f.unit } : {}), ...(after ? { after } : {}) };
  if (f.kind === "date") return { kind: "date" };
  return { kind: "other", context, ...(after ? { after } : {}) };
}

/** A word for what a person is, right before their name: "Opposition candidate Saulos Chilima", "Dr Ana Ruiz". */
const PERSON_BEFORE =
  /\b(?:candidate|leader|minister|president|premier|governor|mayor|senator|spokes(?:man|woman|person)|chief|executive|director|chairman|chairwoman|secretary|official|adviser|advisor|officer|commissioner|judge|justice|lawyer|professor|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+$/i;

/**
 * A name the tagger left untyped that the sentence gives a person's title or office right before
 * it ("Opposition candidate _____"): its natural forms are a person's (the family name), not a
 * thing's.
 */
function namedAsPerson(f: Fact): boolean {
  if (f.entityType !== "other" || !f.answer.includes(" ") || !looksLikePerson(f.answer)) return false;
  return PERSON_BEFORE.test(f.sentence.slice(Math.max(0, f.answerStart - f.start - 30), f.answerStart - f.start));
}

/** The name the article gives a person in brackets right after the full one: "Luiz Inacio Lula da Silva ("Lula")". */
const BRACKETED_NAME = /^\s*\(\s*["'“‘]?(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})["'”’]?\s*\)/u;

// The short answer and the cloze of a fact accept the same forms: listed once per fact.
const variantsOf = new RunCache<Fact, string[]>();

// Every acronym and every person of an article is looked up in the same sentences: each
// sentence's words and the names after "Mr"/"Ms" are read once per article, not once per fact.
const wordsBySentence = new RunCache<readonly string[], (RegExpMatchArray[] | undefined)[]>();
const honorificsOf = new RunCache<readonly string[], string[]>();

/** The words of the k-th sentence, as matches (text and offset); a sentence is read when first asked for. */
function sentenceWordMatches(sentences: readonly string[], k: number): RegExpMatchArray[] {
  let bySentence = wordsBySentence.get(sentences);
  if (!bySentence) wordsBySentence.set(sentences, (bySentence = []));
  return (bySentence[k] ??= [...sentences[k]!.matchAll(/\p{L}[\p{L}'’-]*/gu)]);
}

/**
 * An acronym's words as the article spells them out anywhere, in any case: "foreign institutional
 * investors" for FII. Three letters at least (two match by chance), whole words in a row.
 */
export function spelledOut(acronym: string, sentences: readonly string[]): string | undefined {
  if (!/^[A-Z]{3,6}s?$/.test(acronym)) return undefined;
  const letters = acronym.replace(/s$/, "").toLowerCase();
  const n = letters.length;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const words = sentenceWordMatches(sentences, k);
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = words[i + j]![0][0]!.toLowerCase() === letters[j] && words[i + j]![0].length > 2;
      if (!ok) continue;
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const phrase = s.slice(first.index!, last.index! + last[0].length);
      // Only words joined by spaces: "foreign institutional investors", not across punctuation.
      if (/^[\p{L}'’-]+(?: [\p{L}'’-]+)*$/u.test(phrase) && phrase !== acronym) return phrase;
    }
  }
  return undefined;
}

/**
 * The one word of a person's name the article itself calls them by after "Mr", "Ms" or "Dr"
 * ("Mr Prabowo" for Prabowo Subianto): many people are known by a given name alone, and the article
 * says which.
 */
export function honorificNames(fullName: string, sentences: readonly string[]): string[] {
  const words = fullName.split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w));
  if (words.length < 2) return [];
  const out = new Set<string>();
  for (const name of honorifics(sentences)) if (words.includes(name)) out.add(name);
  return [...out];
}

/** Every word named after "Mr", "Ms" or "Dr" in the sentences, in order. */
function honorifics(sentences: readonly string[]): string[] {
  let names = honorificsOf.get(sentences);
  if (!names) {
    names = [];
    for (const s of sentences) for (const m of s.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (\p{Lu}[\p{L}'’-]+)(?! \p{Lu})/gu)) names.push(m[1]!);
    honorificsOf.set(sentences, names);
  }
  return names;
}

/**
 * The article's other names for the body a key names: "ConCourt" for the "Constitutional Court of
 * South Africa" and back, "Zondo Commission of Inquiry" for the "Zondo Commission". A reader who
 * types the name the article also uses has it right.
 */
export function sameBodyNames(key: string, names: readonly string[]): string[] {
  const k = norm(key);
  const head = (n: string) => n.split(" of ")[0]!;
  return names.filter((name) => {
    const n = norm(name);
    if (n === k || n.length < 3 || k.length < 3) return false;
    if (n.startsWith(`${k} of `) || k.startsWith(`${n} of `)) return true;
    const [short, long] = name.length <= key.length ? [name, key] : [key, name];
    // One word for a longer name ("ConCourt"): built from the starts of its words, as a short form is.
    return !short.includes(" ") && short.length >= 4 && (isShortFormOf(short, long) || isShortFormOf(short, head(long)));
  });
}

/** The other forms a grader accepts for the fact's answer (the answer itself is the key). */
export function acceptedVariants(f: Fact, pools?: Pools): string[] {
  let v = variantsOf.get(f);
  if (!v) {
    v = acceptedForms(f.answer, answerInfo(f)).filter((a) => a !== f.answer);
    // A body's shorter name that starts another body's name in the article is not this one's alone:
    // "Sears" for "Sears Holdings" where "Sears, Roebuck & Co." is another company of the story.
    const body = f.entityType === "org" || f.entityType === "other";
    const orgNames = pools?.byKey.get("org") ?? [];
    const bodyNames = body ? sameBodyNames(f.answer, orgNames) : [];
    if (body) {
      const same = new Set([f.answer, ...bodyNames].map(norm));
      const others = orgNames.map(norm).filter((n) => !same.has(n));
      v = v.filter((form) => {
        const n = norm(form);
        return !others.some((o) => o.startsWith(`${n} `));
      });
    }
    const nickname = BRACKETED_NAME.exec(f.sentence.slice(f.answerEnd - f.start))?.[1];
    if (nickname && f.entityType === "person" && !v.includes(nickname) && nickname !== f.answer) v.push(nickname);
    if (f.entityType === "person" && pools?.sentences) for (const name of honorificNames(f.canonical ?? f.answer, pools.sentences)) if (!v.includes(name) && name !== f.answer) v.push(name);
    const expansion = pools?.sentences ? spelledOut(f.answer, pools.sentences) : undefined;
    if (expansion && !v.some((x) => x.toLowerCase() === expansion.toLowerCase())) v.push(expansion);
    // The body's other name, and that name without its "of ..." ("Constitutional Court" for "ConCourt"
    // when the article also writes "Constitutional Court of South Africa").
    for (const name of bodyNames)
      for (const form of [name, ...(/\S \S+ of /.test(name) ? [name.split(" of ")[0]!] : [])]) if (!v.some((x) => x.toLowerCase() === form.toLowerCase())) v.push(form);
    // A name the tagger did not know ("Prabowo Subianto" as "other") whose word the article also
    // uses alone for a person ("Mr Prabowo"): that word names the same person.
    if (pools && f.entityType === "other" && f.answer.includes(" ")) {
      const words = new Set(f.answer.split(" "));
      for (const name of pools.byKey.get("person") ?? []) if (!name.includes(" ") && words.has(name) && !v.includes(name)) v.push(name);
    }
    variantsOf.set(f, v);
  }
  return [...v];
}

/** A typed answer, for people, places, roles and names (numbers go to numeric). */
export function buildShortAnswer(f: Fact, pools?: Pools): Question | undefined {
  if (f.entityType === "list" || f.kind === "count" || f.kind === "percentage" || f.kind === "money") return undefined;
  if (f.answer.split(" ").length > 8) return undefined;
  const direct = directQuestion(f, pools);
  const prompt = direct ?? fillInTheBlank(f);
  const accepted = acceptedVariants(f, pools);
  return {
    type: "short_answer",
    prompt: `${prompt} Type your answer.`,
    answer: f.answer,
    ...(accepted.length ? { acceptedAnswers: accepted } : {}),
    difficulty: direct ? 0.65 : 0.75,
    ...baseQuestion(f),
  };
}
