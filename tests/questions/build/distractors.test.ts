import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";
import { buildPools, dayChoices, distractors, looksLikePerson, nearbyValues, placeInfo, roleClass } from "@/questions/build";
import { countries, leaders } from "@/questions/data";
import { extractFacts, type Fact } from "@/questions/facts";

// Our own fixture articles, written for these tests.
const facts = (text: string) => extractFacts(splitSentences(text));
const fact = (fs: Fact[], answer: string, kind?: string) => {
  const f = fs.find((x) => x.answer === answer && (!kind || x.kind === kind));
  if (!f) throw new Error(`no fact ${answer}: ${fs.map((x) => `${x.kind}:${x.answer}`).join(", ")}`);
  return f;
};
const regionOf = (name: string) => placeInfo(name).country?.region;

const IRAQ = [
  "A roadside bomb hit a patrol near Dujaila, north of Kirkuk, on Monday, officials said.",
  "Troops later searched houses in Mosul and Basra for weapons.",
  "Iraqi Prime Minister Karim Haddad said the attackers would be caught.",
  "Elections are set for March 14, and turnout was 41 percent last time.",
].join("\n");

const SHOPS = [
  "Harbourline Stores Inc. will buy Quayside Retail Corp. in a $2.4 billion deal announced on Tuesday.",
  "The deal came after investor Mara Quinlan built up a stake in Quayside Retail Corp. over a year.",
  "Analyst Pieter Vos, head of research at Tollgate Partners Ltd., said the stores needed the money.",
  "Consultant Ravi Menon of Lantern Advisory Group said the chain would close 120 stores.",
  "Shares of Harbourline Stores Inc. rose 9 percent.",
].join("\n");

describe("place distractors: same kind, same country or region, never alphabetical", () => {
  const fs = facts(IRAQ);
  const pools = buildPools(fs);
  it.each([["Mosul"], ["Basra"]])("%s -> other Iraqi or Middle-East cities", (answer) => {
    const wrong = distractors(fact(fs, answer, "place"), pools);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(["Middle East", "Caucasus", "North Africa", "Central Asia", "South Asia"]).toContain(regionOf(w));
    for (const w of wrong) expect(["Alabama", "Alaska", "Arizona"]).not.toContain(w);
  });
  it("an unknown village is answered with towns of the country its sentence names", () => {
    const f = fs.find((x) => x.answer === "Dujaila");
    if (!f) return; // the tagger may not see it as a place
    for (const w of distractors(f, pools)) expect(placeInfo(w).country?.name ?? "Iraq").toBe("Iraq");
  });
  it.each([
    ["Peru", "South America"],
    ["Iraq", "Middle East"],
    ["Japan", "East Asia"],
  ])("country %s -> countries of %s or next to it", (country, region) => {
    const fs2 = facts(`Officials from ${country} arrived for the talks on trade.`);
    const f = fact(fs2, country, "place");
    const wrong = distractors(f, buildPools(fs2));
    expect(wrong).toHaveLength(3);
    expect(wrong.filter((w) => regionOf(w) === region).length).toBeGreaterThanOrEqual(2);
  });
  it("is deterministic", () => {
    const f = fact(fs, "Mosul", "place");
    expect(distractors(f, buildPools(fs))).toEqual(distractors(f, buildPools(fs)));
  });
});

describe("people distractors: same class of role", () => {
  const fs = facts(SHOPS);
  const pools = buildPools(fs);
  it("an investor is offered other business people from the article, never a head of state", () => {
    const wrong = distractors(fact(fs, "Mara Quinlan"), pools);
    const heads = new Set(leaders.map((l) => l.name));
    for (const w of wrong) expect(heads.has(w)).toBe(false);
  });
  it("a head of government is offered other heads of government from the region", () => {
    const fs2 = facts(IRAQ);
    const wrong = distractors(fact(fs2, "Karim Haddad"), buildPools(fs2, { date: new Date("2012-05-01") }));
    expect(wrong).toHaveLength(3);
    const byName = new Map(leaders.map((l) => [l.name, l]));
    expect(wrong.every((w) => byName.has(w))).toBe(true);
    for (const w of wrong) expect(byName.get(w)?.office, w).toBe("Prime Minister");
  });
  it("without a date, a head of government is never offered a king, emir or supreme leader", () => {
    // Only leaders in office for the whole possible era qualify, and those are mostly monarchs.
    const fs2 = facts(IRAQ);
    const byName = new Map(leaders.map((l) => [l.name, l]));
    for (const w of distractors(fact(fs2, "Karim Haddad"), buildPools(fs2))) expect(byName.get(w)?.office ?? "", w).not.toMatch(/King|Emir|Sultan|Supreme Leader/);
  });
  it.each([
    ["Brazilian President", "head"],
    ["Prime Minister", "head"],
    ["vice president of the bank", "executive"],
    ["health secretary", "politician"],
    ["chief executive", "executive"],
    ["investor", "executive"],
    ["Latin America analyst", "expert"],
    ["BBC correspondent", "journalist"],
  ] as const)("roleClass(%s) = %s", (role, cls) => {
    expect(roleClass(role)).toBe(cls);
  });
  it.each([
    ["Mara Quinlan", true],
    ["Luiz Inacio Lula da Silva", true],
    ["Latin America", false],
    ["Gin Gin", false],
    ["BBC Online", false],
    ["Tilt Train", false],
    ["Mosul", false],
  ] as const)("looksLikePerson(%s) = %s", (name, expected) => {
    expect(looksLikePerson(name)).toBe(expected);
  });
});

describe("organisation distractors", () => {
  it("a company is offered companies, not universities", () => {
    const fs = facts(`${SHOPS}\nA professor at Northgate University said shoppers were nervous.`);
    const f = fact(fs, "Harbourline Stores Inc.");
    const wrong = distractors(f, buildPools(fs));
    for (const w of wrong) expect(w).not.toMatch(/University/);
  });
});

describe("central banks", () => {
  it.each([
    ["The Central Bank of Kenya held its benchmark rate at 9.5 percent on Tuesday. Analysts at Stanbic Bank had expected the pause.", "Central Bank of Kenya"],
    ["Velmar's Reserve Bank raised its repo rate to 7 percent as lenders such as Harbour Bank raised theirs.", "Reserve Bank"],
  ])("%s: a central bank is offered other central banks, which share its kind's words", (text, key) => {
    const fs = facts(text);
    const wrong = distractors(fact(fs, key), buildPools(fs, { date: new Date("2019-06-05") }));
    expect(wrong.length).toBe(3);
    for (const w of wrong) expect(w).toMatch(/\b(?:Bank|Reserve)\b/);
    for (const w of wrong) expect(w).not.toMatch(/Stanbic|Harbour|UBS|Barclays|HSBC/);
  });
});

describe("number and date distractors", () => {
  it.each([
    ["January 30", /^January (?:[1-9]|[12]\d|3[01])$/],
    ["30 January", /^(?:[1-9]|[12]\d|3[01]) January$/],
    ["February 27", /^February (?:[1-9]|1\d|2\d)$/],
    ["Jan 3rd", /^Jan (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/],
    ["Sept. 24", /^Sept\. (?:[1-9]|[12]\d|30)$/],
  ] as const)("%s -> real days of the same month in the same format", (answer, re) => {
    const out = dayChoices(answer, "seed");
    if (re.source === "^$") return expect(out).toEqual([]);
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const d of out) expect(d).toMatch(re);
  });
  it.each([
    [2001, { isYear: true }, (v: number) => Math.abs(v - 2001) <= 5],
    [6684.77, {}, (v: number) => v > 6000 && v < 7500 && v !== 6684.77],
    [7, {}, (v: number) => v > 0 && v <= 14],
  ] as const)("nearbyValues(%s) stay plausible", (n, opts, ok) => {
    const vs = nearbyValues(n, opts);
    expect(vs.length).toBeGreaterThanOrEqual(4);
    for (const v of vs) expect(ok(v)).toBe(true);
  });
  it("a date in an article gets nearby days, never a day 45", () => {
    const fs = facts(IRAQ);
    const wrong = distractors(fact(fs, "March 14"), buildPools(fs));
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(/^March (?:[1-9]|[12]\d|3[01])$/);
  });
  it("a percentage under 100 gets no values over 100", () => {
    const fs = facts("Officials said they were 90 percent sure of the count.");
    for (const w of distractors(fact(fs, "90 percent"), buildPools(fs))) expect(parseFloat(w)).toBeLessThanOrEqual(100);
  });
  it("an age gets adult ages near it", () => {
    const fs = facts("Marta Ilves, 64, said she would stand again in the spring.");
    const f = fs.find((x) => x.kind === "count" && x.answer === "64");
    if (!f) return;
    for (const w of distractors(f, buildPools(fs))) expect(Math.abs(Number(w) - 64)).toBeLessThanOrEqual(12);
  });
});

describe("gazetteers", () => {
  it("hold at least every G20 country with a region, continent, capital, demonym and currency", () => {
    const g20 = ["Argentina", "Australia", "Brazil", "Canada", "China", "France", "Germany", "India", "Indonesia", "Italy", "Japan", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey", "United Kingdom", "United States"];
    const byName = new Map(countries.map((c) => [c.name, c]));
    for (const n of g20) {
      const c = byName.get(n);
      expect(c, n).toBeDefined();
      for (const k of ["region", "continent", "capital", "demonym", "currency"] as const) expect(c![k], `${n}.${k}`).toBeTruthy();
    }
    expect(countries.length).toBeGreaterThanOrEqual(190);
  });
  it("list each leader's country", () => {
    const names = new Set(countries.map((c) => c.name));
    for (const l of leaders) expect(names.has(l.country), l.name).toBe(true);
  });
});

describe("number distractors respect hedged bounds", () => {
  const fs = facts(
    [
      "More than 200 people were hurt when the ferry ran aground near the harbour mouth.",
      "Fewer than 40 passengers needed hospital care, a spokesman said.",
      "About 850 vehicles were on board.",
    ].join("\n"),
  );
  const pools = buildPools(fs);
  const values = (answer: string) => distractors(fact(fs, answer), pools).map((x) => Number(x.replace(/,/g, "")));
  it("a lower bound gets only clearly larger wrong values", () => {
    const wrong = values("200");
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(w).toBeGreaterThan(300);
  });
  it("an upper bound gets only clearly smaller wrong values", () => {
    const wrong = values("40");
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of wrong) expect(w).toBeLessThan(40 / 1.5 + 1e-9);
  });
  it("an approximate figure keeps its wrong values well away", () => {
    for (const w of values("850")) expect(Math.abs(w - 850)).toBeGreaterThan(850 * 0.15);
  });
});
