// Wrong answers for a person in a titled slot ("Sen. _____ of Nevada") are people the article gives
// the same title. Fixture sentences are our own.
import { describe, expect, it } from "vitest";
import { titleBefore } from "@/questions/build/distractors/pools";
import { wrongFor } from "./helpers";

const story = [
  "Democrats in the Senate on Tuesday chose Sen. Harold Rieve of Nevada as their new leader.",
  "Rieve replaces Sen. Tomas Dashford of South Dakota, who lost his seat in the election.",
  "Sen. Dana Wilcox of Illinois will be the new whip, and Sen. Ola Brandt of Vermont stays on the budget committee.",
  "Mark Feeney, president of the advocacy group Fair Courts Now, welcomed the choice.",
  "Rep. Jon Hasler of Texas keeps his post as House majority leader.",
].join(" ");

describe("people in a titled slot", () => {
  it("offers only people the article gives the same title", () => {
    const wrong = wrongFor(story, "Harold Rieve", "2004-11-17");
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    for (const w of wrong) expect(["Tomas Dashford", "Dana Wilcox", "Ola Brandt"]).toContain(w);
  });

  it.each([
    ["chose Sen. ", "senator"],
    ["said Gov. ", "governor"],
    ["Rep. ", "representative"],
    ["Justice ", "judge"],
    ["the Senate and ", undefined],
  ])("reads the title before a name: %s", (text, title) => {
    expect(titleBefore(text)).toBe(title);
  });
});
