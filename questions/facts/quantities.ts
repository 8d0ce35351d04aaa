// Quantities written in words, found by wink-nlp's entity recogniser: cardinals ("seven soldiers",
// "three MoUs", a "six-member committee"), durations ("nine months") and ordinals ("the fifth
// hike"). Figures written in digits are read by ./numbers.ts, which also knows money and rates.
import { numberWords } from "../data";
import type { Annotated, NlpToken } from "../nlp";
import { QUALIFIER_BEFORE, countedNoun } from "./numbers";
import type { RawFact } from "./raw";

const ORDINALS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};
const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const NOUNISH = new Set(["NOUN", "PROPN"]);
const FRACTION = /^(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)$/i;

/** A number written in words: "seven", "Twenty-five", "twenty five". */
function wordValue(text: string): number | undefined {
  const ws = text.toLowerCase().split(/[\s-]+/);
  let total = 0;
  for (const w of ws) {
    const v = numberWords[w];
    if (v === undefined) return undefined;
    total += v;
  }
  return ws.length ? total : undefined;
}

/** The counted noun phrase right after token `i`: "soldiers", "Pakistani soldiers", "MoUs". */
function nounAfter(tokens: readonly NlpToken[], i: number): { end: number; text: string } | undefined {
  let j = i + 1;
  const words: NlpToken[] = [];
  if (tokens[j]?.pos === "ADJ" && NOUNISH.has(tokens[j + 1]?.pos ?? "")) words.push(tokens[j++]!);
  while (j < tokens.length && NOUNISH.has(tokens[j]!.pos) && words.length < 3) {
    words.push(tokens[j]!);
    // A plural noun closes the phrase: "seven soldiers were".
    if (/[a-z]s$/.test(tokens[j]!.text) && tokens[j]!.pos === "NOUN") break;
    j++;
  }
  if (!words.length || !words.some((w) => NOUNISH.has(w.pos))) return undefined;
  const last = words[words.length - 1]!;
  return { end: last.end, text: words.map((w) => w.text).join(" ") };
}

/** The qualifier ("about", "more than") in the 40 characters before offset `at`. */
const qualifierBefore = (s: string, at: number) => QUALIFIER_BEFORE.exec(s.slice(Math.max(0, at - 40), at))?.[1];

export function quantityFacts(s: string, a: Annotated): RawFact[] {
  const out: RawFact[] = [];
  for (const e of a.entities) {
    if (/\d/.test(e.text)) continue;
    if (e.kind === "CARDINAL") {
      const value = wordValue(e.text);
      // "one of the ..." and "the two sides" make no question worth asking.
      if (value === undefined || value < 2) continue;
      const next = a.tokens[e.last + 1];
      if (next?.text === "-" && next.start === e.end) {
        // "a six-member committee": the number is asked inside its compound.
        const head = a.tokens[e.last + 2];
        if (!head || head.start !== next.end) continue;
        // "two-thirds", "three-quarters": a share, not a count of thirds.
        if (FRACTION.test(head.text)) continue;
        out.push({ kind: "count", s: e.start, e: e.end, value, unit: head.text, entityType: "compound" });
        continue;
      }
      if (/^the$/i.test(s.slice(Math.max(0, e.start - 4), e.start).trim())) continue; // "the two leaders"
      const noun = nounAfter(a.tokens, e.last);
      if (noun) {
        // The answer keeps its noun: "seven soldiers" reads as an answer, "seven" alone does not.
        out.push({ kind: "count", s: e.start, e: noun.end, value, unit: noun.text, qualifier: qualifierBefore(s, e.start) });
        continue;
      }
      // "seven of the bus's ten carriages"
      const counted = / of /.test(s.slice(e.end, e.end + 4)) ? countedNoun(s.slice(e.end)) : undefined;
      if (counted) out.push({ kind: "count", s: e.start, e: e.end, value, unit: counted, qualifier: qualifierBefore(s, e.start) });
    } else if (e.kind === "DURATION") {
      const m = /^(.+?)\s+(\S+)$/.exec(e.text);
      if (!m || !DURATION_UNITS.test(m[2]!)) continue;
      const value = wordValue(m[1]!);
      if (value === undefined) continue;
      out.push({ kind: "count", s: e.start, e: e.end, value, unit: m[2]!.toLowerCase(), qualifier: qualifierBefore(s, e.start) });
    } else if (e.kind === "ORDINAL") {
      const value = ORDINALS[e.text.toLowerCase()];
      if (value === undefined) continue;
      const noun = nounAfter(a.tokens, e.last);
      if (!noun) continue;
      out.push({ kind: "count", s: e.start, e: e.end, value, unit: noun.text, entityType: "ordinal" });
    }
  }
  return out;
}
