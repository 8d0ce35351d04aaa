// Options that read correctly in the sentence, roles in the key's own frame and class, and
// organisations of the key's own kind.
import { describe, expect, it } from "vitest";
import { roleClass } from "@/questions/build";
import { orgKind } from "@/questions/build/kinds";
import { countries } from "@/questions/data";
import { wrongFor } from "./helpers";

const demonyms = new Set(countries.map((c) => c.demonym));
const names = new Set(countries.flatMap((c) => [c.name, ...(c.aliases ?? [])]));

describe("country options in the form the sentence needs", () => {
  it.each([
    ["Despite old quarrels, the two US allies met in Hawaii on Tuesday.", "US"],
    ["Officials said the U.S. government would reply on Monday.", "U.S."],
    ["The UK lawyer Anna Reed wrote the report.", "UK"],
  ])("%s: a country before a noun takes adjectives ('the Mexican leader')", (text, answer) => {
    const wrong = wrongFor(text, answer);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(demonyms.has(w), w).toBe(true);
  });
  it.each([
    ["Meanwhile, Brazil won greater access to the market for beef.", "Brazil"],
    ["Exporters shipped to Iraq goods worth millions.", "Iraq"],
    ["Japan's exports rose sharply in March.", "Japan"],
    ["The Mexico leader flew to Ottawa for talks on steel.", "Mexico"],
  ])("%s: a country used as a noun keeps names ('India's' for 'Japan's')", (text, answer) => {
    const wrong = wrongFor(text, answer);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(names.has(w), w).toBe(true);
  });
  it("no adjective of a country the sentence already names", () => {
    for (const w of wrongFor("The U.S. government hit China with new tariffs.", "U.S.")) expect(w).not.toBe("Chinese");
  });
});

describe("roles in the key's frame and class", () => {
  it.each([
    ["Carla Mendes, Chile's trade minister, signed the deal in Lima on Monday.", "Chile's trade minister", /^Chile's [a-z]+ minister$/],
    ["Queensland Transport Minister Paul Lucas visited the crash site.", "Queensland Transport Minister", /^Queensland (?!Foreign|Defence|Interior)[A-Z][a-z]+ Minister$/],
    ["Peruvian President Alejandro Toledo hosted the summit in Cuzco.", "Peruvian President", /^[A-Z][a-z]+ President$/],
    ["Tomas Berg, chief executive of Norland Foods Ltd., said sales fell.", "chief executive of Norland Foods Ltd.", / of Norland Foods Ltd\.$/],
    ["Pedro Alves, the King's spokesman, denied the report.", "the King's spokesman", /^the King's /],
  ])("%s: %s", (text, answer, re) => {
    const wrong = wrongFor(text, answer);
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(re);
  });
  it("a head of state's role never gets a company's or a researcher's", () => {
    for (const w of wrongFor("Peruvian President Alejandro Toledo hosted the summit in Cuzco.", "Peruvian President")) {
      expect(["head", "politician"]).toContain(roleClass(w));
      expect(w).not.toMatch(/director|research|chairman|executive/i);
    }
  });
  it("only countries that have the office ('Brazilian Prime Minister' is none)", () => {
    for (const w of wrongFor("Peruvian President Alejandro Toledo hosted the summit in Cuzco.", "Peruvian President")) expect(w).not.toMatch(/Canadian|Japanese|British/);
  });
});

describe("organisations of the key's kind, under one name each", () => {
  it("'U.N.' never gets 'United Nations'", () => {
    const wrong = wrongFor("Lawmakers have clashed with U.N. officials over the documents, and the United Nations has objected.", "U.N.");
    expect(wrong).not.toContain("United Nations");
    expect(wrong).not.toContain("UN");
  });
  it("no acronym beside the name it stands for, no person or document among organisations", () => {
    const text = [
      "The Ocean Science Board (OSB) and the Polar Data Agency backed the study on Monday.",
      "The OSB said funding for the Arctic Survey Office would rise.",
      "The Global Climate Research Network published the findings, said its director Mira Holm.",
      "The Lisbon Accord on ocean data was signed in May.",
    ].join("\n");
    const wrong = wrongFor(text, "Global Climate Research Network");
    expect(wrong).toHaveLength(3);
    expect(wrong.includes("OSB") && wrong.includes("Ocean Science Board")).toBe(false);
    for (const w of wrong) expect(w).not.toMatch(/Mira Holm|Accord/);
  });
  it("an international body gets international bodies, not outlets or places", () => {
    const text = ["China sees the deal as a step towards better terms from the World Trade Organisation.", "The BBC and AFP reported the talks from Latin America."].join("\n");
    for (const w of wrongFor(text, "World Trade Organisation")) expect(w).not.toMatch(/BBC|AFP|America|World Trade Organization|WTO/);
  });
});

describe("organisations of the sector the words before the key name", () => {
  it("offers investment firms, not the article's retailers, for 'hedge fund _____'", () => {
    const text = "Discount retailer Kmart will buy Sears in a $9 billion deal.\nBanker Eddie Lamb's hedge fund Northgate Capital is the largest shareholder in both Kmart and Sears.";
    const wrong = wrongFor(text, "Northgate Capital");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(orgKind(w)?.sector, w).toBe("investment");
  });
});

