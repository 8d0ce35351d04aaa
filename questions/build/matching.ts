import type { Fact } from "../facts";
import type { Question } from "../schema";
import { norm } from "./common";

/** Match people to the roles the article gives them (needs three or more people with roles). */
export function buildMatching(facts: readonly Fact[]): Question | undefined {
  const pairs: { left: string; right: string; fact: Fact }[] = [];
  const seenL = new Set<string>();
  const seenR = new Set<string>();
  for (const f of facts) {
    if (f.relation !== "role-of" || !f.subject || pairs.length >= 4) continue;
    // A role that runs on into the rest of the sentence ("... in an interview with ...") is not an office.
    if (f.answer.length > 60 || /^(?:President|Minister|Chairman)$/.test(f.answer) || /\b(?:in an interview|told|said)\b/.test(f.answer)) continue;
    const l = norm(f.subject);
    const r = norm(f.answer);
    if (seenL.has(l) || seenR.has(r)) continue;
    seenL.add(l);
    seenR.add(r);
    pairs.push({ left: f.subject, right: f.answer, fact: f });
  }
  if (pairs.length < 3) return undefined;
  const first = pairs[0]!.fact;
  return {
    type: "matching",
    prompt: "Match each person to the office or role the article gives them.",
    answer: pairs.map(({ left, right }) => ({ left, right })),
    explanation: pairs.map((p) => `${p.left}: ${p.right}.`).join(" ") + ` The article says: "${first.sentence}"`,
    source: { sentence: first.sentence, start: first.start, end: first.end },
    factKind: "role",
    difficulty: 0.5,
    tags: ["role", "matching"],
  };
}
