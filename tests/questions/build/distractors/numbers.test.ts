// Numbers with the key's unit, rounding, style and a plausible range, on the right side of the
// sentence's direction.
import { describe, expect, it } from "vitest";
import { directionBound, nearbyValues, roundingStep } from "@/questions/build/distractors";
import { fact, facts, wrongFor } from "./helpers";

const num = (s: string) => Number(s.replace(/[^\d.]/g, ""));
const decimals = (s: string) => /\.(\d+)/.exec(s)?.[1]?.length ?? 0;

describe("bounded scales", () => {
  it.each([
    ["A magnitude 5.9 earthquake struck off the coast on Monday.", "5.9"],
    ["A 7.8-magnitude quake shook the island overnight.", "7.8"],
  ])("%s: magnitudes stay on the scale, near the key, with one decimal", (text, answer) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) {
      expect(num(w)).toBeLessThanOrEqual(9.5);
      expect(Math.abs(num(w) - num(answer))).toBeLessThanOrEqual(2);
      expect(decimals(w)).toBe(1);
    }
  });
  it("a whole the article gives in one sentence caps the same unit in another", () => {
    const text = "Delegates of 44 countries out of 55 signed the charter in Kigali on Wednesday.\nOnly 43 countries signed the second declaration.";
    const wrong = wrongFor(text, "43");
    expect(wrong.length).toBeGreaterThan(0);
    for (const w of wrong) expect(num(w)).toBeLessThan(55);
  });
  it.each([
    ["Turnout was 98 percent in the capital.", "98 percent"],
    ["Voters backed the plan by 59 percent, officials said.", "59 percent"],
  ])("%s: percentages stay within 0-100", (text, answer) => {
    for (const w of wrongFor(text, answer)) expect(num(w)).toBeLessThanOrEqual(100);
  });
  it.each([
    // A share after "almost" or "nearly": 100% or more would give the key away.
    ["The ruling party won almost 80% of the seats on Sunday.", "80%"],
    ["The coalition took almost 85 percent of the vote in the north.", "85 percent"],
    ["Nearly 70 percent of the wells in the valley have dried up.", "70 percent"],
  ])("%s: a share's options stay below 100", (text, answer) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(num(w)).toBeLessThan(100);
  });
  it.each([
    ["Exports to the region jumped 80% last year.", "80%"],
    ["Ticket sales rose 90 percent in the first quarter.", "90 percent"],
  ])("%s: a rise may be offered options over 100", (text, answer) => {
    expect(wrongFor(text, answer).some((w) => num(w) > 100)).toBe(true);
  });
  it.each([
    ["The court sentenced the former mayor to three years in prison on Monday.", "three years", /^(?:one|two|four|five|six|seven|eight) years$/],
    ["The judge added six additional months of jail if the fine is not paid.", "six additional months", /^(?:two|three|four|five|seven|eight|nine|ten|eleven|twelve) additional months$/],
  ])("%s: a number in words gets numbers in words with the same noun", (text, answer, re) => {
    const wrong = wrongFor(text, answer);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(re);
  });
  it("a year and month keeps a real month", () => {
    for (const w of wrongFor("The stamp read 2023-07 on every page.", "2023-07")) expect(w).toMatch(/^\d{4}-(?:0[1-9]|1[0-2])$/);
  });
  it.each([
    ["The tariffs were imposed on Sept. 24 after talks failed.", "Sept. 24", /^Sept\. (?:[1-9]|[12]\d|30)$/],
    ["The ferry left at 8 am and sank an hour later.", "8 am", /^(?:[1-9]|1[0-2]) am$/],
    ["The statement was issued at 1333 GMT on Friday.", "1333", /^(?:[01]\d|2[0-3])[0-5]\d$/],
  ])("%s: %s gets real days and times", (text, answer, re) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(w).toMatch(re);
  });
  it("a century stays an ordinal near the key", () => {
    const wrong = wrongFor("The dream of the 19th century hero lives on, the president said.", "19th");
    for (const w of wrong) expect(["17th", "18th", "20th", "21st"]).toContain(w);
  });
  it("years of past events are not in the future of the article", () => {
    for (const w of wrongFor("The bridge opened in 2019 after five years of work.", "2019", "2020-03-10")) expect(num(w)).toBeLessThanOrEqual(2020);
  });
  it("counts of people are whole and positive", () => {
    for (const w of wrongFor("Twelve people died and 41 were injured when the bus overturned.", "41")) {
      expect(Number.isInteger(num(w))).toBe(true);
      expect(num(w)).toBeGreaterThan(0);
    }
  });
});

describe("the key's rounding and style", () => {
  it.each([
    [25, 0, 5],
    [40, 0, 10],
    [3500, 0, 500],
    [1000, 0, 500],
    [44, 0, 1],
    [6.5, 1, 0.1],
  ])("roundingStep(%s, %s) = %s", (n, d, step) => {
    expect(roundingStep(n, d)).toBe(step);
  });
  it.each([
    ["The bank raised rates by 25 basis points to 7.5 percent.", "25 basis points", /^(?:50|75|100|125) basis points$/],
    ["The firm will shut 3,500 stores across the region.", "3,500", /^\d{1,2},\d00$/],
    ["Officials said 683 cases were reported in the north.", "683", /^(?:\d{1,3}|\d,\d{3})$/],
    ["The company paid $2.4 billion for the rival chain.", "$2.4 billion", /^\$\d+\.\d billion$/],
    ["Inflation was 7.0 percent in March, officials said.", "7.0 percent", /^\d+\.\d percent$/],
  ])("%s: %s keeps its unit, scale, decimals and separators", (text, answer, re) => {
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(w).toMatch(re);
  });
});

describe("no range where there is none", () => {
  it("leaves two counts joined by 'and' alone", () => {
    const fs = facts("The blast left 5 dead and 12 injured in the market.");
    expect(directionBound(fact(fs, "5"))).toEqual({});
  });
});

describe("the sentence's direction holds", () => {
  it.each([
    ["The central bank raised its key rate to 6.5 percent from 6 percent on Tuesday.", "6.5 percent", { above: 6 }],
    ["The central bank raised its key rate to 6.5 percent from 6 percent on Tuesday.", "6 percent", { below: 6.5 }],
    ["The regulator cut the fee to 3 percent from 4.5 percent.", "3 percent", { below: 4.5 }],
    ["The tariff on cheese was reduced from 15% to 0.75% under the deal.", "15%", { above: 0.75 }],
    ["Prices fell 40 cents to $61.20 a barrel from $61.60 in London.", "$61.20", { below: 61.6 }],
    // A range keeps each end on its side of the other.
    ["The alliance will move 3,000 to 4,000 troops to the border.", "4,000", { above: 3000 }],
    ["The alliance will move 3,000 to 4,000 troops to the border.", "3,000", { below: 4000 }],
    ["The fund will invest between $5bn and $7bn in ports.", "$5bn", { below: 7e9 }],
    // A part stays below its whole.
    ["Delegates of 44 countries out of 55 signed the charter in Kigali on Wednesday.", "44", { below: 55 }],
    ["Some 38 of the 40 seats went to the ruling party in the election.", "38", { below: 40 }],
  ] as const)("%s: %s", (text, answer, bound) => {
    const fs = facts(text);
    expect(directionBound(fact(fs, answer))).toEqual(bound);
    const wrong = wrongFor(text, answer);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of wrong) {
      if ("above" in bound) expect(num(w)).toBeGreaterThan(bound.above);
      if ("below" in bound) expect(num(w)).toBeLessThan(bound.below);
    }
  });
  it("a 'reduced from' key gets options on both sides of it when the bound allows", () => {
    const wrong = wrongFor("The tariff on cheese was reduced from 15% to 0.75% under the deal.", "15%");
    expect(wrong.some((w) => num(w) > 15)).toBe(true);
    expect(wrong.some((w) => num(w) < 15)).toBe(true);
  });
});

describe("where the key sits among its options", () => {
  // A judge found options always {key/2, key, 1.5 key, 2 key}: "the one whose double is offered" won.
  const positions = (n: number, opts: Parameters<typeof nearbyValues>[1] = {}) =>
    Array.from({ length: 16 }, (_, seed) => {
      const options = [n, ...nearbyValues(n, { ...opts, seed }).slice(0, 3)].sort((a, b) => a - b);
      return { at: options.indexOf(n), doubled: options.includes(n * 2) };
    });
  it.each([
    [44, {}],
    [3500, {}],
    [128, {}],
    [7, {}],
    [2009, { isYear: true }],
  ] as [number, { isYear?: boolean }][])("%s takes every position, and its double is seldom offered", (n, opts) => {
    const ps = positions(n, opts);
    expect(new Set(ps.map((p) => p.at))).toEqual(new Set([0, 1, 2, 3]));
    expect(ps.filter((p) => p.doubled).length).toBeLessThanOrEqual(8);
  });
});

describe("no option of one beside a plural noun", () => {
  it.each([2, 3, 4])("%s in words or digits never offers one", (n) => {
    for (let seed = 0; seed < 16; seed++) {
      expect(nearbyValues(n, { seed, isWord: true })).not.toContain(1);
      expect(nearbyValues(n, { seed }).slice(0, 3)).not.toContain(1);
    }
  });
});

describe("no row of doublings", () => {
  it.each([3.4, 4.65, 120, 27_000])("%s: the first three wrong values never double step by step", (n) => {
    for (let seed = 0; seed < 32; seed++) {
      const row = [...nearbyValues(n, { seed }).slice(0, 3), n].sort((a, b) => a - b);
      const doublings = row.slice(1).filter((x, i) => Math.abs(x / row[i]! - 2) < 0.02).length;
      expect(doublings, `${row}`).toBeLessThan(3);
    }
  });
});

describe("a count of countries", () => {
  it("never offers more countries than the world has", () => {
    // Fixture sentences written for this test.
    for (const [text, key] of [
      ["Envoys from 175 countries met in Velden on Monday.", "175"],
      ["Leaders of 190 countries signed the pledge in Velden on Monday.", "190"],
    ] as const) {
      const wrong = wrongFor(text, key);
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(Number(w.replace(/,/g, ""))).toBeLessThanOrEqual(195);
    }
  });
});

describe("a figure of the key's own sentence", () => {
  it("is never an option, nor anything near it: it may be the same measure at another time", () => {
    const text = "The Velden share index was down 0.6% on Monday and 1.75% since Friday's open. Bank shares in Osk fell 2.8% and 1.8% in Tarn.";
    const wrong = wrongFor(text, "0.6%");
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(Math.abs(Number.parseFloat(w) - 1.75)).toBeGreaterThan(0.07);
  });
});
