// Options for companies named by their trade; fixture sentences written for these tests.
import { describe, expect, it } from "vitest";
import { wrongFor } from "./helpers";

describe("a company named by its trade", () => {
  it("a rail operator gets rail operators, an airline airlines", () => {
    for (const [text, key, rivals] of [
      ["Velden Rail chief executive Ana Marsh said the line would reopen.", "Velden Rail", ["Amtrak", "Deutsche Bahn", "SNCF", "Network Rail", "VIA Rail", "East Japan Railway", "Indian Railways", "Kenya Railways"]],
      ["Velden Airways cancelled 40 flights on Monday.", "Velden Airways", ["Qantas", "Lufthansa", "Emirates", "Air France", "Singapore Airlines", "Kenya Airways", "Delta Air Lines", "Cathay Pacific"]],
    ] as const) {
      const wrong = wrongFor(text, key, undefined, "other");
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(rivals).toContain(w);
    }
  });
});

describe("a body named by what it is", () => {
  it("a hedge fund gets investment firms, not high-street banks", () => {
    const wrong = wrongFor("Investor Mara Quill's hedge fund Larkspur Capital owns 9 percent of the builder.", "Larkspur Capital", undefined, "other");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(["BlackRock", "Bridgewater Associates", "Citadel", "Elliott Management", "Pershing Square Capital Management", "Blackstone", "KKR", "Carlyle Group"]).toContain(w);
  });

  it("the WTO gets lenders and trade bodies, not UN agencies for children or culture", () => {
    const wrong = wrongFor("Velden hopes for better trade terms from the World Trade Organization.", "World Trade Organization", undefined, "other");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(["UNICEF", "UNESCO", "World Health Organization"]).not.toContain(w);
  });

  it("a campaign group called by its cause, before or after its name, gets groups of that cause", () => {
    const green = ["Greenpeace", "WWF", "Friends of the Earth", "Sierra Club", "Extinction Rebellion", "Conservation International"];
    for (const [text, key] of [
      ["The environmental group Riverkeepers Alliance said the dam would flood 12 villages.", "Riverkeepers Alliance"],
      ["Riverkeepers Alliance, the environmental group leading the campaign, said the dam would flood 12 villages.", "Riverkeepers Alliance"],
    ] as const) {
      const wrong = wrongFor(text, key, undefined, "other");
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(green).toContain(w);
    }
  });

  it("a committee is offered only committees, never a whole chamber", () => {
    const text = "The House Energy Committee will question the builder in May. The Senate Finance Subcommittee opened its own inquiry, and Congress and the Senate will vote in June.";
    const wrong = wrongFor(text, "House Energy Committee", undefined, "other");
    expect(wrong).toContain("Senate Finance Subcommittee");
    for (const w of wrong) expect(w).toMatch(/committee$/i);
  });

  it("a party named a Congress or a League is offered only bodies of that name, never a court or a commission", () => {
    const text = "The Supreme Court upheld the ruling against Arun Thapa, then a leader of the Velden Congress. The Special Court had first heard the case brought by the Commission for Public Trust. Thapa later joined the Norland Congress.";
    const wrong = wrongFor(text, "Velden Congress", undefined, "other");
    expect(wrong).toContain("Norland Congress");
    for (const w of wrong) expect(w).toMatch(/Congress$/);
  });
});

describe("a court", () => {
  it("a state's High Court gets other High Courts of its country; an international court international ones", () => {
    const indian = ["Bombay High Court", "Delhi High Court", "Calcutta High Court", "Allahabad High Court", "Karnataka High Court", "Kerala High Court", "Gujarat High Court", "Punjab and Haryana High Court", "Rajasthan High Court", "Patna High Court", "Orissa High Court", "Gauhati High Court", "Telangana High Court", "Andhra Pradesh High Court", "Madhya Pradesh High Court"];
    const wrong = wrongFor("The Madras High Court on Friday jailed the former mayor for two years.", "Madras High Court", undefined, "other");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(indian).toContain(w);
    const hague = wrongFor("The International Court of Justice ruled on the border dispute on Monday.", "International Court of Justice", undefined, "other");
    for (const w of hague) expect(indian).not.toContain(w);
  });
});
