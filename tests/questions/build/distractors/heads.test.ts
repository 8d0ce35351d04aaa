// Wrong answers for a head of state or government: the article's people who fit the slot first,
// then the same kind of head (president for president, monarch for monarch) from the key's region
// at the article's date; never a monarch for an elected head or the other way round, never the
// article's unrelated heads from another part of the world. Fixture sentences are our own.
import { describe, expect, it } from "vitest";
import { headType, tenuresOf } from "@/questions/build/distractors/era";
import { countries } from "@/questions/data";
import { wrongFor } from "./helpers";

const kindOf = (name: string) => headType(tenuresOf(name)[0]?.office ?? "");
const regionOf = (name: string) => countries.find((c) => c.name === tenuresOf(name)[0]?.country)?.region;

describe("the kind of head a title names", () => {
  it.each([
    ["Turkish President", "president"],
    ["King", "monarch"],
    ["Emir", "monarch"],
    ["Prime Minister", "government"],
    ["German Chancellor", "government"],
    ["Supreme Leader", "other"],
    ["finance minister", undefined],
  ] as const)("headType(%s) = %s", (title, kind) => {
    expect(headType(title)).toBe(kind);
  });
});

describe("heads of state and government", () => {
  it.each([
    // Without a date only long-serving leaders qualify: kings and far-off autocrats must not fill in.
    ["Turkish President Recep Tayyip Erdogan opened a new airport terminal near Ankara on Sunday.", "Recep Tayyip Erdogan", undefined, "president"],
    ["Indonesian President Joko Widodo inaugurated the toll road in Java on Monday.", "Joko Widodo", undefined, "president"],
    ["Indonesian President Susilo Bambang Yudhoyono opened the port in Surabaya on Monday.", "Susilo Bambang Yudhoyono", "2012-03-15", "president"],
    ["Chilean President Michelle Bachelet visited a copper mine near Antofagasta on Tuesday.", "Michelle Bachelet", "2015-05-12", "president"],
    // The other way round: a king gets kings and emirs, never a president.
    ["King Abdullah II of Jordan welcomed the delegation in Amman on Monday.", "Abdullah II", "2012-03-01", "monarch"],
  ] as const)("%s -> only heads of the key's kind", (text, answer, date, kind) => {
    const wrong = wrongFor(text, answer, date);
    for (const w of wrong) expect(kindOf(w), w).toBe(kind);
  });

  it.each([
    ["Indonesian President Susilo Bambang Yudhoyono opened the port in Surabaya on Monday.", "Susilo Bambang Yudhoyono", "2012-03-15", ["Southeast Asia"]],
    ["Chilean President Michelle Bachelet visited a copper mine near Antofagasta on Tuesday.", "Michelle Bachelet", "2015-05-12", ["South America"]],
    // No date: the region and its neighbours only (not Syria's or Tajikistan's president for Indonesia's).
    ["Indonesian President Joko Widodo inaugurated the toll road in Java on Monday.", "Joko Widodo", undefined, ["Southeast Asia", "East Asia", "South Asia", "Oceania"]],
    ["Turkish President Recep Tayyip Erdogan opened a new airport terminal near Ankara on Sunday.", "Recep Tayyip Erdogan", undefined, ["Middle East", "North Africa", "Caucasus", "Central Asia", "South Asia"]],
  ] as const)("%s -> heads of the key's region first", (text, answer, date, regions) => {
    const wrong = wrongFor(text, answer, date);
    for (const w of wrong) expect(regions, w).toContain(regionOf(w));
  });

  it("offers the article's rival of the same country, never its unrelated head from elsewhere", () => {
    const text = [
      "Rwandan President Paul Kagame opened the new convention centre in Kigali on Monday.",
      "Indian Prime Minister Narendra Modi attended the ceremony with a trade delegation.",
      "Opposition leader Frank Habineza said the centre cost too much.",
    ].join("\n");
    const wrong = wrongFor(text, "Paul Kagame", "2018-07-20");
    expect(wrong).toContain("Frank Habineza");
    expect(wrong).not.toContain("Narendra Modi");
    for (const w of wrong.filter((x) => x !== "Frank Habineza")) expect(regionOf(w), w).toBe("East Africa");
  });

  it("still offers the article's heads of the same kind from the same region", () => {
    const text = [
      "Peruvian President Alejandro Toledo welcomed the leaders to Cuzco on Wednesday.",
      "Brazilian President Luiz Inacio Lula da Silva arrived a day late.",
    ].join("\n");
    expect(wrongFor(text, "Alejandro Toledo", "2004-12-08")).toContain("Luiz Inacio Lula da Silva");
  });
});
