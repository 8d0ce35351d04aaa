// Leaders are offered only for the era of the story: the dated gazetteer, the era an article's
// date or contents allow, and people options of a comparable office at that date.
import { describe, expect, it } from "vitest";
import { articleEra, officeClass, tenuresOf } from "@/questions/build/distractors";
import { heldThroughout, toMonth, type Tenure } from "@/questions/build/distractors/era";
import { countries, leaders } from "@/questions/data";
import { facts, wrongFor } from "./helpers";

const inOffice = (name: string, ym: string, role?: string) =>
  tenuresOf(name).some((t: Tenure) => (!role || t.role === role) && heldThroughout(t, { spans: [{ from: toMonth(ym), to: toMonth(ym) }], exact: true }));

describe("the dated leader gazetteer", () => {
  it("holds several hundred terms, each with a known country, a valid start and an end not before it", () => {
    expect(leaders.length).toBeGreaterThanOrEqual(400);
    const names = new Set(countries.map((c) => c.name));
    for (const l of leaders) {
      expect(names.has(l.country), l.name).toBe(true);
      expect(l.start, l.name).toMatch(/^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$/);
      if (l.end) expect(l.end >= l.start, l.name).toBe(true);
    }
  });
  it("never has two holders of one office in one country at once (beyond a month of handover)", () => {
    const byOffice = new Map<string, typeof leaders[number][]>();
    for (const l of leaders) byOffice.set(`${l.country}|${l.office}`, [...(byOffice.get(`${l.country}|${l.office}`) ?? []), l]);
    for (const terms of byOffice.values()) {
      const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1]!.end && sorted[i - 1]!.end! <= sorted[i]!.start, `${sorted[i - 1]!.name} / ${sorted[i]!.name}`).toBe(true);
    }
  });
  it.each([
    ["George W. Bush", "2004-06", true],
    ["George W. Bush", "2010-06", false],
    ["Lula", "2005-03", true],
    ["Lula", "2015-03", false],
    ["Lula", "2024-03", true],
    ["Vladimir Putin", "2010-01", true], // prime minister then: one tenure as a head of government
    ["Angela Merkel", "2022-06", false],
  ] as const)("%s in office in %s: %s", (name, ym, expected) => {
    expect(inOffice(name, ym)).toBe(expected);
  });
  it.each([
    ["Ramaphosa", "Cyril Ramaphosa"],
    ["Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"],
    ["Singh", undefined], // several people: no guess
  ] as const)("tenuresOf(%s)", (name, full) => {
    const names = [...new Set(tenuresOf(name).map((t) => t.name))];
    expect(names).toEqual(full ? [full] : []);
  });
});

describe("the class of office a role names", () => {
  it.each([
    ["Brazilian President", "head"],
    ["Prime Minister", "head"],
    ["Iranian Foreign Minister", "foreign"],
    ["Brazil's foreign minister", "foreign"],
    ["Chancellor of the Exchequer", "finance"],
    ["Bangladesh Bank Governor", "bank"],
    ["defence secretary", "defence"],
    ["former President", undefined],
    ["then-West German Chancellor", undefined],
    ["the King's spokesman", undefined],
    ["president of the Rowing Federation", undefined],
    ["Vice President", undefined],
  ] as const)("officeClass(%s) = %s", (role, cls) => {
    expect(officeClass(role)).toBe(cls);
  });
});

describe("the article's era", () => {
  const people = (text: string) => {
    const fs = facts(text);
    return { fs, people: fs.filter((f) => f.relation === "holder").map((f) => ({ name: f.answer, ...(f.role ? { role: f.role } : {}) })) };
  };
  it("is the publication month when the date is known", () => {
    const { fs, people: ps } = people("The minister opened the port on Monday.");
    expect(articleEra(fs, ps, new Date("2011-05-10"))).toEqual({ spans: [{ from: toMonth("2011-05"), to: toMonth("2011-05") }], exact: true });
  });
  it("without a date, lies within the terms of the office holders the article names and after the years it names", () => {
    const { fs, people: ps } = people(
      ["Brazilian President Luiz Inacio Lula da Silva met Chilean President Ricardo Lagos in Santiago.", "Their countries signed a trade pact in 2004."].join("\n"),
    );
    const era = articleEra(fs, ps);
    expect(era.exact).toBe(false);
    for (const s of era.spans) {
      expect(s.from).toBeGreaterThanOrEqual(toMonth("2004-01"));
      expect(s.to).toBeLessThanOrEqual(toMonth("2006-03"));
    }
  });
  it("drops a named holder whose term contradicts the others rather than the whole era", () => {
    const { fs, people: ps } = people(
      [
        "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae Myung in Tokyo.",
        "President Yoon Suk Yeol, his predecessor, was removed from office after a long trial.",
        "United States President Donald Trump sent a message.",
      ].join("\n"),
    );
    const era = articleEra(fs, ps);
    expect(era.spans.length).toBeGreaterThan(0);
    for (const s of era.spans) expect(s.from).toBeGreaterThanOrEqual(toMonth("2025-06"));
  });
});

describe("people options of a comparable office at the article's date", () => {
  const LULA = "Brazilian President Luiz Inacio Lula da Silva opened a new port in Recife on Monday.";
  it.each([["2004-06-15"], ["2012-03-01"], ["2024-06-15"]])("a head of state in a story of %s gets heads in office then, none from another era", (date) => {
    const wrong = wrongFor(LULA, "Luiz Inacio Lula da Silva", date);
    expect(wrong).toHaveLength(3);
    const ym = date.slice(0, 7);
    for (const w of wrong) expect(inOffice(w, ym, "head"), `${w} in ${ym}`).toBe(true);
  });
  it("prefers the region's heads (South America for Brazil)", () => {
    const wrong = wrongFor(LULA, "Luiz Inacio Lula da Silva", "2004-06-15");
    const region = (name: string) => countries.find((c) => c.name === tenuresOf(name)[0]?.country)?.region;
    expect(wrong.filter((w) => region(w) === "South America").length).toBeGreaterThanOrEqual(2);
  });
  it("without a date offers no leader whose term leaves the era in doubt", () => {
    const text = [LULA, "Exports to Asia rose in 2004, officials said."].join("\n");
    for (const w of wrongFor(text, "Luiz Inacio Lula da Silva")) {
      if (!tenuresOf(w).length) continue;
      // Lula's terms allow 2004-2010 and 2023-2025: an option must have held office in both.
      expect(inOffice(w, "2005-06", "head") && inOffice(w, "2024-06", "head"), w).toBe(true);
    }
  });
  it("offers other countries' foreign ministers for a country's foreign minister", () => {
    const text = "Indian Foreign Minister Salman Khurshid said the talks in Tehran went well on Tuesday.";
    const wrong = wrongFor(text, "Salman Khurshid", "2013-02-01");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(inOffice(w, "2013-02", "foreign"), w).toBe(true);
  });
  it("never offers another foreign minister when the role names no country: 'Who is the Foreign Minister?' would fit them all", () => {
    const text = [
      "Foreign Minister Salman Khurshid said the talks in Tehran went well.",
      "Iranian Foreign Minister Ali Akbar Salehi agreed with him on Tuesday.",
      "Finance Minister Palaniappan Chidambaram and Trade Minister Anand Sharma joined them.",
    ].join("\n");
    const wrong = wrongFor(text, "Salman Khurshid", "2013-02-01");
    expect(wrong.sort()).toEqual(["Anand Sharma", "Palaniappan Chidambaram"]);
    for (const w of wrong) {
      expect(w).not.toBe("Ali Akbar Salehi");
      expect(inOffice(w, "2013-02", "foreign"), w).toBe(false);
    }
  });
  it("a prime minister with no country named gets heads in office at the date, of the region first", () => {
    const wrong = wrongFor("Prime Minister Yousaf Raza Gilani met business leaders in Lahore on Monday.", "Yousaf Raza Gilani", "2012-03-15");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(inOffice(w, "2012-03", "head"), w).toBe(true);
  });
  it("a one-word name gets one-word options", () => {
    const text = ["Chancellor Angela Merkel met her cabinet in Berlin.", "Later, Merkel said the budget was sound."].join("\n");
    const fs = facts(text);
    const f = fs.find((x) => x.answer === "Merkel");
    if (!f) return; // the tagger may not make a fact of the short mention
    for (const w of wrongFor(text, "Merkel", "2014-05-01")) expect(w).not.toContain(" ");
  });
});
