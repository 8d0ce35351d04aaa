// Places of the key's own level, never an organisation or outlet, never another name for the key,
// never a place the article says the same thing of.
import { describe, expect, it } from "vitest";
import { placeInfo } from "@/questions/build";
import { placeKey } from "@/questions/build/distractors";
import { firstLevelRegions } from "@/questions/data";
import { wrongFor } from "./helpers";

const kindOf = (name: string) => placeInfo(name).kind;

describe("places of the same level", () => {
  it.each([
    ["The leaders met in Europe last week to discuss energy prices.", "Europe", "continent"],
    ["Most of the new cases were in Africa, health officials said.", "Africa", "continent"],
    ["Monsoon floods swept across South Asia in August.", "South Asia", "world region"],
    ["Officials from Peru arrived in Geneva for the talks on Monday.", "Peru", "country"],
    ["The storm flattened homes across Queensland on Sunday.", "Queensland", "region"],
    ["Troops searched houses in Mosul on Friday.", "Mosul", "city"],
  ] as const)("%s -> %s gets places of level %s", (text, answer, level) => {
    const wrong = wrongFor(text, answer);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(kindOf(w), w).toBe(level);
  });

  it("a continent never gets a city or a region of itself ('Brussels' for 'Europe')", () => {
    const text = ["Ministers gathered in Brussels on Monday.", "The leaders met in Europe last week to discuss energy prices.", "Some came from South Asia."].join("\n");
    const wrong = wrongFor(text, "Europe");
    expect(wrong).not.toContain("Brussels");
    expect(wrong).not.toContain("South Asia");
    expect(wrong).not.toContain("Latin America"); // overlaps another continent option
  });

  it("a world region never gets the region it lies in", () => {
    for (const w of wrongFor("Tankers were stopped in the Gulf on Tuesday.", "Gulf")) expect(w).not.toBe("Middle East");
  });

  it("a province gets other provinces of its country, the article's first", () => {
    const text = ["Floods hit Hunan province on Sunday, killing 12 people.", "Rescue teams from Hubei and Jiangxi joined the search."].join("\n");
    const wrong = wrongFor(text, "Hunan");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(firstLevelRegions.China!.names).toContain(w);
  });

  it("a district gets the districts the article names, not cities", () => {
    const text = [
      "Gunmen attacked a checkpoint in Kurram district on Friday.",
      "Troops later searched Bajaur district and Orakzai district.",
      "The army also patrolled Khyber district and the city of Peshawar.",
    ].join("\n");
    const wrong = wrongFor(text, "Kurram");
    expect(wrong.sort()).toEqual(["Bajaur", "Khyber", "Orakzai"]);
  });
});

describe("never an organisation, outlet or another name for the key", () => {
  it("news outlets and research centres named in the article are no provinces", () => {
    const text = [
      "Heavy rain hit Sichuan province on Monday, Xinhua News Agency reported.",
      "Experts at the Chengdu Centre for Flood Research said Yunnan and Guizhou were also at risk.",
      "The Daily Tribune said the damage would cost millions.",
    ].join("\n");
    const wrong = wrongFor(text, "Sichuan");
    for (const w of wrong) expect(w).not.toMatch(/Xinhua|Centre|Tribune|Agency/);
    for (const w of wrong) expect(kindOf(w)).toBe("region");
  });

  it.each([
    ["U.S.", ["United States", "US", "America", "USA"]],
    ["China", ["U.S.", "United States", "America"]],
  ] as const)("no two options name one country (key %s)", (answer, aliases) => {
    const text = ["China and the United States agreed a truce in Osaka.", "The U.S. bought less steel from China, and America bought more grain."].join("\n");
    const wrong = wrongFor(text, answer);
    const keys = [answer, ...wrong].map(placeKey);
    expect(new Set(keys).size).toBe(keys.length);
    if (answer === "U.S.") for (const a of aliases) expect(wrong).not.toContain(a);
  });

  it("a journal the tagger takes for a place gets journals", () => {
    const wrong = wrongFor("Her findings appeared in an article in Nature last week.", "Nature");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(kindOf(w)).toBe("unknown");
    expect(wrong.join(" ")).not.toMatch(/Reef|Asia|Europe/);
  });
});

describe("places the article says the same thing of are dropped", () => {
  it("the other countries listed with the key", () => {
    const text = ["Floods hit Bangladesh, India and Nepal last month.", "Relief teams reached Bangladesh on Monday."].join("\n");
    const wrong = wrongFor(text, "Bangladesh");
    expect(wrong).toHaveLength(3);
    expect(wrong).not.toContain("India");
    expect(wrong).not.toContain("Nepal");
  });
});

describe("a town the sentence places in a country by its possessive", () => {
  it("gets that country's towns, not the first country the sentence names", () => {
    // A fixture sentence written for this test; Velmora is made up.
    const wrong = wrongFor("Leaders of Chile and Ecuador met in Peru's northern coastal city, Velmora, on Monday.", "Velmora", undefined, "place");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(["Lima", "Cuzco", "Arequipa", "Trujillo", "Chiclayo", "Iquitos"]).toContain(w);
  });
});

describe("the story's own country", () => {
  it("is never a wrong answer for another country ('the border with _____' in a story from Peru)", () => {
    const text = [
      "Peruvian soldiers clashed with smugglers in the Andes on Monday, the Peruvian army said.",
      "Two Peruvian officers were hurt in the fighting near Puno.",
      "Peru has sent more troops to the region.",
      "The smugglers fled across the border with Bolivia, officials in Lima said.",
    ].join("\n");
    const wrong = wrongFor(text, "Bolivia");
    expect(wrong).toHaveLength(3);
    expect(wrong).not.toContain("Peru");
    // The story's country itself is still asked with other countries as its options.
    expect(wrongFor(text, "Peru")).not.toContain("Peru");
  });
});

