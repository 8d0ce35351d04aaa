// Facts from our own fixture sentences, written for these tests, and the wrong answers built for them.
import { splitSentences } from "@/questions/article";
import { buildPools, distractors } from "@/questions/build";
import { extractFacts, type Fact } from "@/questions/facts";

export const facts = (text: string): Fact[] => extractFacts(splitSentences(text));

/** The last fact with this answer (and kind), or a failure that lists what was found. */
export function fact(fs: Fact[], answer: string, kind?: string): Fact {
  const f = fs.filter((x) => x.answer === answer && (!kind || x.kind === kind)).at(-1);
  if (!f) throw new Error(`no fact ${answer}: ${fs.map((x) => `${x.kind}:${x.answer}`).join(", ")}`);
  return f;
}

/** The wrong answers for `answer` in `text`, for an article published on `date` (or of unknown date). */
export function wrongFor(text: string, answer: string, date?: string, kind?: string): string[] {
  const fs = facts(text);
  return distractors(fact(fs, answer, kind), buildPools(fs, date ? { date: new Date(date) } : {}));
}
