import { describe, expect, it } from "vitest";
import { promptWithoutRelativeTime, relativeDaysIn, withoutRelativeTime } from "@/questions/rank/relative-time";
import { generateQuestions } from "@/questions";
import type { Question } from "@/questions/schema";

// Our own sentences: days and weeks counted from the day the story was written.
describe("withoutRelativeTime: a quiz read later does not say 'on Tuesday' or 'yesterday'", () => {
  it("drops a day or week inside the sentence, with its 'on' and its part of the day", () => {
    expect(withoutRelativeTime("The council raised the ferry fare to _____ on Tuesday as costs rose.")).toBe("The council raised the ferry fare to _____ as costs rose.");
    expect(withoutRelativeTime("Two storms hit the coast early on Sunday morning, leaving _____ homes without power.")).toBe("Two storms hit the coast, leaving _____ homes without power.");
    expect(withoutRelativeTime("Port officials said Saturday that _____ ships were stuck.")).toBe("Port officials said that _____ ships were stuck.");
    expect(withoutRelativeTime("The mayor of _____ yesterday opened the bridge.")).toBe("The mayor of _____ opened the bridge.");
    expect(withoutRelativeTime("The results were out for the year ended March 31, 2024, on Friday.")).toBe("The results were out for the year ended March 31, 2024.");
  });

  it("drops one opening the sentence and capitalises what follows", () => {
    expect(withoutRelativeTime("Last week, the union called _____ strikes.")).toBe("The union called _____ strikes.");
    expect(withoutRelativeTime("On Monday [the mayor] opened the bridge in _____.")).toBe("[the mayor] opened the bridge in _____.");
  });

  it("keeps a day next to the blank, a possessive, and days that tell two figures apart", () => {
    expect(withoutRelativeTime("The court on Thursday, _____, jailed the two men.")).toBe("The court on Thursday, _____, jailed the two men.");
    expect(withoutRelativeTime("This week's issue of _____ carries the study.")).toBe("This week's issue of _____ carries the study.");
    const two = "The index fell _____ on Monday and 2% on Tuesday.";
    expect(withoutRelativeTime(two)).toBe(two);
  });

  it("leaves the day when the article counts from more than one day, or an option is named in the article: it may be another day's answer", () => {
    const fall = { type: "multiple_choice", prompt: 'Fill in the blank: "The krona fell _____ on Monday."', answer: "3%", choices: ["3%", "5%", "1%", "7%"], factKind: "percentage" } as unknown as Question;
    expect(promptWithoutRelativeTime(fall, false)).toBe(fall);
    expect(promptWithoutRelativeTime(fall, true).prompt).toBe('Fill in the blank: "The krona fell _____."');
    const visit = { type: "multiple_choice", prompt: 'Fill in the blank: "The premier last week visited _____."', answer: "Osk", choices: ["Osk", "Tarn", "Velden", "Brill"], factKind: "place" } as unknown as Question;
    expect(promptWithoutRelativeTime(visit, true, "The premier last week visited Osk. Her tour took her to Velden.")).toBe(visit);
    expect(promptWithoutRelativeTime(visit, true, "The premier last week visited Osk.").prompt).toBe('Fill in the blank: "The premier visited _____."');
    expect([...relativeDaysIn(["The krona fell 3% on Monday.", "By Friday it was down 5%, and yesterday it rallied."])].sort()).toEqual(["friday", "monday", "yesterday"]);
  });

  it("leaves a true/false statement alone: a false one may be false by its day", () => {
    const tf = { type: "true_false", prompt: "True or false? The council met on Tuesday.", answer: false } as unknown as Question;
    expect(promptWithoutRelativeTime(tf)).toBe(tf);
  });
});

describe("generated drafts", () => {
  it("read without the days of the week the story counts from", () => {
    const text = "Ferry fares rise\n\nThe Velden council on Tuesday raised ferry fares by 12 percent after a vote of 31 to 9. Council leader Ana Moss said the money would pay for two new boats.";
    const { drafts } = generateQuestions(text);
    const quoted = drafts.flatMap((d) => [d.question, ...d.variants]).filter((q) => q.type !== "true_false" && q.prompt.includes('"'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((q) => /\bTuesday\b/.test(q.prompt))).toEqual([]);
  });
});
