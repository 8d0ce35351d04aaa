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

/** The country a multiple-choice prompt names as the owner of its blank ("Kenya's _____", "Kenyan minister _____"). */
export function countryOwningBlank(prompt: string): string | undefined {
  const blank = prompt.indexOf("_____");
  if (blank < 0) return officeCountry(prompt);
  const before = prompt.slice(Math.max(0, blank - 80), blank);
  const { re, byForm } = countryMentions();
  let owner: string | undefined;
  for (const m of before.matchAll(re)) {
    const end = m.index! + m[0].length;
    const possessive = /^['’]s\b/.test(before.slice(end));
    const between = before.slice(end + (possessive ? 2 : 0));
    const demonym = countryByDemonym.has(m[0]);
    if ((possessive || demonym) && OFFICE_WORDS.test(between) && !NOT_OFFICE.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= MOST_WORDS) owner = byForm.get(m[0]);
  }
  return owner;
}

/** "Who is the Bangladesh Bank Governor?", "Who is Kenya's finance minister?": the country of the office asked for. */
function officeCountry(prompt: string): string | undefined {
  const office = /^(?:According to the article, )?who is (?:the )?([^?]{3,80})\?/i.exec(prompt)?.[1];
  if (!office) return undefined;
  const { re, byForm } = countryMentions();
  const named = new Set([...office.matchAll(re)].map((m) => byForm.get(m[0])));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The options of another country than the one the prompt gives the blank to: a person who held office only elsewhere, or a name with another country in it. */
export function optionsOfAnotherCountry(q: Question): string[] {
  if (q.type !== "multiple_choice" || !q.choices?.length) return [];
  const owner = countryOwningBlank(q.prompt);
  if (!owner) return [];
  const { re, byForm } = countryMentions();
  return q.choices.filter((c) => {
    if (c === q.answer) return false;
    const held = tenuresOf(c);
    if (held.length && held.every((t) => t.country !== owner)) return true;
    return [...c.matchAll(re)].some((m) => byForm.get(m[0]) !== owner);
  });
}
