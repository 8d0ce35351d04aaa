// "South Africa's _____" with the central banks of Korea, Nigeria and Japan as options, or
// "Bangladeshi central bank governor _____" with the heads of the Fed and the Bank of Japan: the
// prompt names the country, so every option of another country is ruled out before reading and
// the key is the one left (two teachers' readings, decision 016, tenth pass).
import type { Question } from "../schema";
import { tenuresOf } from "../build/distractors/era";
import { countryByDemonym } from "../data";
import { countryMentions } from "./importance";

/** What may stand between the country and the blank: an office or a body's name, no verb or preposition. */
const OFFICE_WORDS = /^(?: (?:[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+))*? $/u;
const NOT_OFFICE = /\b(?:in|on|at|to|for|from|with|by|of|and|or|that|which|who|is|are|was|were|has|have|had|will|would|said|says)\b/;
/** Most words between the country and the blank. */
const MOST_WORDS = 5;

let mentionScan: { sticky: RegExp; firstUnits: Set<number>; byForm: Map<string, string> } | undefined;

/**
 * The country mentions of `text`, as `text.matchAll(countryMentions().re)` finds them (form and
 * offset, in order), but tried only where a form can start: at a character some form begins with
 * (a capital letter), with the same pattern made sticky. The global pattern tried its hundreds of
 * forms and its look-behind at every character of every prompt (about 1% of generateQuestions).
 */
export function* mentionsIn(text: string): Generator<{ form: string; index: number }> {
  if (!mentionScan) {
    const { re, byForm } = countryMentions();
    mentionScan = { sticky: new RegExp(re.source, re.flags.replace("g", "") + "y"), firstUnits: new Set([...byForm.keys()].map((f) => f.charCodeAt(0))), byForm };
  }
  const { sticky, firstUnits } = mentionScan;
  for (let i = 0; i < text.length; i++) {
    if (!firstUnits.has(text.charCodeAt(i))) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    yield { form: m[0], index: i };
    i = sticky.lastIndex - 1;
  }
}

/** The country a multiple-choice prompt names as the owner of its blank ("Kenya's _____", "Kenyan minister _____"). */
export function countryOwningBlank(prompt: string): string | undefined {
  const blank = prompt.indexOf("_____");
  if (blank < 0) return officeCountry(prompt);
  const before = prompt.slice(Math.max(0, blank - 80), blank);
  const { byForm } = countryMentions();
  let owner: string | undefined;
  for (const m of mentionsIn(before)) {
    const end = m.index + m.form.length;
    const possessive = /^['’]s\b/.test(before.slice(end));
    const between = before.slice(end + (possessive ? 2 : 0));
    const demonym = countryByDemonym.has(m.form);
    if ((possessive || demonym) && OFFICE_WORDS.test(between) && !NOT_OFFICE.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= MOST_WORDS) owner = byForm.get(m.form);
  }
  return owner;
}

/** "Who is the Bangladesh Bank Governor?", "Who is Kenya's finance minister?": the country of the office asked for. */
function officeCountry(prompt: string): string | undefined {
  const office = /^(?:According to the article, )?who is (?:the )?([^?]{3,80})\?/i.exec(prompt)?.[1];
  if (!office) return undefined;
  const { byForm } = countryMentions();
  const named = new Set([...mentionsIn(office)].map((m) => byForm.get(m.form)));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The options of another country than the one the prompt gives the blank to: a person who held office only elsewhere, or a name with another country in it. */
export function optionsOfAnotherCountry(q: Question): string[] {
  if (q.type !== "multiple_choice" || !q.choices?.length) return [];
  const owner = countryOwningBlank(q.prompt);
  if (!owner) return [];
  const { byForm } = countryMentions();
  return q.choices.filter((c) => {
    if (c === q.answer) return false;
    const held = tenuresOf(c);
    if (held.length && held.every((t) => t.country !== owner)) return true;
    return [...mentionsIn(c)].some((m) => byForm.get(m.form) !== owner);
  });
}
