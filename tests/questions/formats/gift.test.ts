import { describe, expect, it } from "vitest";
import { exportGift, parseGift } from "@/questions/formats/gift";
import type { Question } from "@/questions/schema";

const one = (gift: string) => {
  const { questions, errors } = parseGift(gift);
  expect(errors).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0]!;
};

describe("parseGift: one question of each kind", () => {
  const rows: [string, string, Partial<Question>][] = [
    ["multiple choice", "Who hosts the summit? {=Japan ~Canada ~Brazil}", { type: "multiple_choice", prompt: "Who hosts the summit?", choices: ["Japan", "Canada", "Brazil"], answer: "Japan" }],
    ["named, with feedback", "::Q1:: Capital of Peru? {=Lima#Yes. ~Cusco#The old capital.}", { name: "Q1", type: "multiple_choice", answer: "Lima", choiceFeedback: ["Yes.", "The old capital."] }],
    ["weighted wrong answer", "Largest? {=Sydney ~%50%Melbourne ~Perth}", { type: "multiple_choice", answer: "Sydney", choiceWeights: [1, 0.5, 0] }],
    ["multiple answer", "Which are in Asia? {~%50%Japan ~%50%Korea ~%-100%Peru}", { type: "multiple_response", answer: ["Japan", "Korea"], choiceWeights: [0.5, 0.5, -1] }],
    ["missing word", "Talks were held in {=Tokyo ~Osaka ~Kyoto} on Saturday.", { type: "multiple_choice", prompt: "Talks were held in _____ on Saturday.", answer: "Tokyo" }],
    ["true", "Seoul is in Korea. {T}", { type: "true_false", answer: true }],
    ["false long form", "Lima is in Chile. {FALSE#Wrong#Right}", { type: "true_false", answer: false }],
    ["short answer", "Who leads Japan? {=Ishiba =Shigeru Ishiba =%50%Shigeru}", { type: "short_answer", answer: "Ishiba", acceptedAnswers: ["Shigeru Ishiba"], partialAnswers: [{ answer: "Shigeru", fraction: 0.5 }] }],
    ["cloze from missing word short answer", "The tariff is {=15} percent.", { type: "cloze", prompt: "The tariff is _____ percent.", answer: "15" }],
    ["numerical with tolerance", "How many troops? {#80000:500}", { type: "numeric", answer: 80000, tolerance: 500 }],
    ["numerical range", "Pick a number from 1 to 5. {#1..5}", { type: "numeric", answer: 3, tolerance: 2 }],
    ["numerical with partial credit", "When was it? {# =1822:0 =%50%1822:2}", { type: "numeric", answer: 1822, tolerance: 0, partialAnswers: [{ answer: 1822, fraction: 0.5, tolerance: 2 }] }],
    ["matching", "Match. {=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}", { type: "matching", answer: [{ left: "Canada", right: "Ottawa" }, { left: "Italy", right: "Rome" }, { left: "Japan", right: "Tokyo" }] }],
    ["matching with an extra", "Match. {=A -> 1 =B -> 2 = -> 3}", { type: "matching", choices: ["1", "2", "3"] }],
    ["general feedback", "Sum? {#4####Two and two.}", { type: "numeric", answer: 4, explanation: "Two and two." }],
    ["escapes", "What is 1\\=1 \\{really\\}? {=yes\\: it is ~no}", { prompt: "What is 1=1 {really}?", answer: "yes: it is" }],
    ["html format", "[html]<p>Capital of <b>Italy</b>?</p> {=Rome ~Milan}", { prompt: "Capital of Italy?", answer: "Rome" }],
    ["multi-line text", "Which city\nhosted it? {\n=Tokyo\n~Osaka\n}", { prompt: "Which city\nhosted it?", answer: "Tokyo" }],
  ];
  it.each(rows)("%s", (_, gift, expected) => {
    expect(one(gift)).toMatchObject(expected);
  });
});

describe("parseGift: files", () => {
  it("turns categories into tags and reads tag comments", () => {
    const gift = ["$CATEGORY: $course$/World/Asia", "", "// [tag:summits] [tag:trade]", "Q? {T}", "", "$CATEGORY: $course$/Sport", "", "R? {F}"].join("\n");
    const { questions } = parseGift(gift);
    expect(questions.map((q) => q.tags)).toEqual([["World/Asia", "summits", "trade"], ["Sport"]]);
  });

  it("reports bad blocks by line and keeps the rest", () => {
    const gift = [
      "// a comment",
      "Good one? {T}",
      "",
      "Just a description, no answers.",
      "",
      "Essay? {}",
      "",
      "Broken {=open",
      "",
      "Only one choice? {~lonely}",
      "",
      "Two keys, as Moodle allows? {=a =b ~c}",
      "",
      "Bad number {#abc}",
      "",
      "Another good one {=x ~y}",
    ].join("\n");
    const { questions, errors } = parseGift(gift);
    expect(questions.map((q) => q.prompt)).toEqual(["Good one?", "Two keys, as Moodle allows?", "Another good one"]);
    expect(errors.map((e) => e.line)).toEqual([4, 6, 8, 10, 14]);
    expect(errors[0]!.message).toMatch(/description/);
    expect(errors[1]!.message).toMatch(/essay/);
    expect(errors[2]!.message).toMatch(/not closed/);
    expect(errors[4]!.message).toMatch(/not a number/);
  });

  it.each([
    ["", /empty/],
    ["  \n\n ", /empty/],
    ["abc\u0000def", /not a text file/],
  ])("refuses %j with one clear error", (input, message) => {
    const { questions, errors } = parseGift(input);
    expect(questions).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
  });

  it("handles Windows line endings and a byte-order mark", () => {
    expect(parseGift("\uFEFFQ one? {T}\r\n\r\nQ two? {F}\r\n").questions).toHaveLength(2);
  });
});

describe("exportGift", () => {
  const bank: Question[] = [
    { type: "multiple_choice", prompt: "Where did Lee and Ishiba meet?", choices: ["Tokyo", "Osaka", "Seoul", "Busan"], answer: "Tokyo", explanation: "They met in Tokyo.", tags: ["summits"] },
    { type: "multiple_choice", prompt: "Biggest? {weird: = ~ # chars}", choices: ["A", "B", "C"], answer: "A", choiceWeights: [1, 0.5, 0], choiceFeedback: ["yes", "half", ""], explanation: "" },
    { type: "multiple_response", prompt: "Which are G7 members?", choices: ["Japan", "Canada", "China"], answer: ["Japan", "Canada"], explanation: "" },
    { type: "true_false", prompt: "Japan ruled Korea from 1910.", answer: true, explanation: "" },
    { type: "short_answer", prompt: "Who is Japan's prime minister?", answer: "Shigeru Ishiba", acceptedAnswers: ["Ishiba"], partialAnswers: [{ answer: "Shigeru", fraction: 0.5 }], explanation: "" },
    { type: "cloze", prompt: "Both agreed to _____ percent tariffs.", answer: "15", explanation: "" },
    { type: "numeric", prompt: "How many US troops?", answer: 80000, tolerance: 1000, partialAnswers: [{ answer: 80000, fraction: 0.5, tolerance: 10000 }], explanation: "" },
    { type: "matching", prompt: "Match people to offices.", answer: [{ left: "Lee", right: "President" }, { left: "Ishiba", right: "Prime Minister" }], choices: ["President", "Prime Minister", "Chancellor"], explanation: "" },
  ];

  it("round-trips every supported field", () => {
    const { gift, skipped } = exportGift(bank);
    expect(skipped).toEqual([]);
    const { questions, errors } = parseGift(gift);
    expect(errors).toEqual([]);
    expect(questions).toHaveLength(bank.length);
    questions.forEach((q, i) => {
      const original = bank[i]!;
      expect(q).toMatchObject({ ...original, explanation: original.explanation });
    });
  });

  it("writes Moodle's syntax", () => {
    const { gift } = exportGift([bank[0]!, bank[2]!, bank[6]!]);
    expect(gift).toContain("// [tag:summits]");
    expect(gift).toContain("\nWhere did Lee and Ishiba meet? {=Tokyo ~Osaka ~Seoul ~Busan####They met in Tokyo.}");
    // The grader's (hits - misses) / right: a wrong pick costs as much as a right one earns.
    expect(gift).toContain("{~%50%Japan ~%50%Canada ~%-50%China}");
    expect(gift).toContain("{#=80000:1000 =%50%80000:10000}");
  });

  it("reports ordering questions instead of changing their type", () => {
    const { gift, skipped } = exportGift([{ type: "ordering", prompt: "Order these", choices: ["a", "b"], answer: ["a", "b"], explanation: "" }]);
    expect(gift).toBe("");
    expect(skipped).toEqual([{ index: 0, message: expect.stringMatching(/ordering/) }]);
  });
});
