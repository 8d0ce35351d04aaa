import { describe, expect, it } from "vitest";
import { norm } from "@/questions/build";
import { elideCounts } from "@/questions/build/elide";

const shownKeys =
  (...keys: string[]) =>
  (text: string) =>
    keys.map(norm).includes(norm(text));

describe("elideCounts: a count another question asks, taken out of a prompt", () => {
  it("drops the counts in front of their nouns and capitalises the new first word", () => {
    expect(elideCounts("Three rangers were hurt and two others went missing in the _____ valley.", shownKeys("three rangers", "two others"))).toBe(
      "Rangers were hurt and others went missing in the _____ valley.",
    );
  });

  it("drops a count used as an adjective and mends the article before it", () => {
    expect(elideCounts("The 12-nation pact sent an 18-member team to _____.", shownKeys("12", "18"))).toBe("The pact sent a team to _____.");
  });

  it("keeps counts nobody asked, hedges and all", () => {
    expect(elideCounts("At least nine boats and 40 crew left _____ at dawn.", shownKeys("40 crew"))).toBe("At least nine boats and crew left _____ at dawn.");
  });

  it("leaves units, ranges and the words next to the blank alone", () => {
    expect(elideCounts("Rates rose from 3 percent to _____.", shownKeys("3 percent", "3"))).toBeUndefined();
    expect(elideCounts("Another 140 patients were admitted in _____.", shownKeys("140"))).toBeUndefined();
    expect(elideCounts("The fund moved 2,000 to 3,000 troops into _____.", shownKeys("3,000"))).toBeUndefined();
    expect(elideCounts("Exactly 20 years after the treaty, _____ signed.", shownKeys("20"))).toBeUndefined();
    expect(elideCounts("Fires in _____ have burned 300,000 hectares of forest.", shownKeys("300,000"))).toBeUndefined();
    expect(elideCounts("Rangers counted two _____ on the ridge.", shownKeys("two"))).toBeUndefined();
  });

  it("leaves a year, a figure before a function word, a singular noun, and a figure-noun before a preposition", () => {
    expect(elideCounts("The storms of the winter of 2011 that flooded _____ were the worst.", shownKeys("2011"))).toBeUndefined();
    expect(elideCounts("The count reached 40 when _____ closed the gates.", shownKeys("40"))).toBeUndefined();
    expect(elideCounts("The index crossed the 9,500-mark for the first time as _____ rallied.", shownKeys("9,500"))).toBeUndefined();
    expect(elideCounts("Only 1 ferry and 30 buses reached _____.", shownKeys("1", "1 ferry", "30 buses"))).toBe("Only 1 ferry and buses reached _____.");
  });

  it("gives nothing back when no shown key is printed", () => {
    expect(elideCounts("Five ferries sailed to _____.", shownKeys("six ferries"))).toBeUndefined();
  });
});

describe("elideCounts: at most two counts go", () => {
  it("leaves a passage whose parts only its figures tell apart", () => {
    expect(elideCounts("12 towns joined the pact, 9 towns ratified it and _____ towns left.", shownKeys("12 towns", "9 towns"))).toBe("Towns joined the pact, towns ratified it and _____ towns left.");
    expect(elideCounts("12 towns joined, 9 towns ratified it, 4 towns signed and _____ towns left.", shownKeys("12 towns", "9 towns", "4 towns"))).toBeUndefined();
  });
});
