// Options for a summit's key: other recurring summits of the article's era and region, never the
// summits the article names, and none for a kind of summit. Fixture sentences written for these tests.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { buildMultipleChoice, buildPools } from "@/questions/build";
import { extractFacts, type Fact } from "@/questions/facts";
import { summits } from "@/questions/data";
import { summitChoices } from "@/questions/build/distractors/summits";

/** The summit fact of `text` as the tagger gives it (a body), with the article's pools as of `date`. */
function summitQuestion(text: string, key: string, date?: Date) {
  const facts = extractFacts(splitSentences(text), date ? { publishedAt: date } : {});
  const found = facts.find((f) => f.answer === key);
  const fact: Fact = found ? { ...found, kind: "other", entityType: "org" } : (() => { throw new Error(`no fact for ${key}: ${facts.map((f) => f.answer).join(", ")}`); })();
  return buildMultipleChoice(fact, buildPools(facts, date ? { date } : {}));
}

/** Every summit offered for the Nuclear Security Summit of `text` (April 2010) over twenty shuffles: all the rules allow. */
function offered(text: string): Set<string> {
  const facts = extractFacts(splitSentences(text), { publishedAt: new Date("2010-04-14") });
  const key = facts.find((f) => f.answer === "Nuclear Security Summit")!;
  const pools = buildPools(facts, { date: new Date("2010-04-14") });
  return new Set(Array.from({ length: 20 }, (_, i) => summitChoices({ ...key, id: `k${i}` }, pools)).flat());
}

const SOUTH_ASIA = [
  "The Indian and Pakistani prime ministers spoke for ten minutes at the Nuclear Security Summit in Washington on Tuesday.",
  "Officials in New Delhi said the two leaders agreed to meet again.",
].join("\n");

describe("a summit's options", () => {
  it("are other summits held throughout the story's month, from its region or from everywhere", () => {
    const q = summitQuestion(SOUTH_ASIA, "Nuclear Security Summit", new Date("2010-04-14"));
    expect(q?.type).toBe("multiple_choice");
    expect(q?.choices).toHaveLength(4);
    for (const w of offered(SOUTH_ASIA)) {
      const summit = summits.find((s) => s.name === w)!;
      expect(summit.from <= "2010-04").toBe(true);
      expect(summit.to === undefined || summit.to >= "2010-04").toBe(true);
      // No Ibero-American, NATO or African Union summit for two South Asian leaders, though they met in Washington.
      expect(summit.regions === undefined || summit.regions.includes("South Asia")).toBe(true);
    }
  });

  it("are not summits that had not begun (no BRICS summit in a 2004 story)", () => {
    const text = SOUTH_ASIA.replace("Nuclear Security Summit", "SAARC Summit");
    for (let i = 0; i < 5; i++) {
      const q = summitQuestion(text, "SAARC Summit", new Date(`2004-0${i + 1}-10`));
      expect(q?.choices).toHaveLength(4);
      for (const w of q!.choices!) expect(["BRICS Summit", "G20 Summit", "East Asia Summit", "Nuclear Security Summit"]).not.toContain(w);
    }
  });

  it("leave out summits of a body the article names", () => {
    expect(offered(SOUTH_ASIA)).toContain("G20 Summit");
    expect(offered(`${SOUTH_ASIA}\nBoth will also attend the G20 in Toronto in June.`)).not.toContain("G20 Summit");
  });

  it("are not offered for a kind of summit: it is asked some other way", () => {
    const text = "Leaders from 44 countries signed the trade pact at the tenth Extraordinary Summit in Kigali on Wednesday.";
    const q = summitQuestion(text, "Extraordinary Summit", new Date("2018-03-21"));
    for (const s of summits) expect(q?.choices ?? []).not.toContain(s.name);
  });
});
