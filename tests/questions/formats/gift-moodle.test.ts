// GIFT as Moodle reads it: each case is written from Moodle's GIFT documentation and its parser's
// behaviour (question/format/gift/format.php), with the question Moodle builds, in our model.
// The numbers are the items of issue 14.
import { describe, expect, it } from "vitest";
import { exportGift, parseGift } from "@/questions/formats/gift";
import type { Question } from "@/questions/schema";

const one = (gift: string) => {
  const { questions, errors } = parseGift(gift);
  expect(errors).toEqual([]);
  expect(questions).toHaveLength(1);
  return questions[0]!;
};

const refused = (gift: string) => {
  const { questions, errors } = parseGift(gift);
  expect(questions).toEqual([]);
  expect(errors).toHaveLength(1);
  return errors[0]!;
};

describe("import as Moodle builds the question", () => {
  const rows: [string, string, Partial<Question>][] = [
    // 1. Format markers open answers, feedback and general feedback too, and are not text.
    ["1 markers in answers and feedback", "Sun colour? {=yellow # right ~[plain]blue # [html]wrong}", { choices: ["yellow", "blue"], choiceFeedback: ["right", "wrong"] }],
    ["1 marker in general feedback", "Sum? {#4####[markdown]Two and two.}", { explanation: "Two and two." }],
    ["1 marker in a matching pair", "Match. {=[plain]Canada -> Ottawa =Italy -> Rome}", { answer: [{ left: "Canada", right: "Ottawa" }, { left: "Italy", right: "Rome" }] }],
    ["1 a word in brackets is not a marker", "Pick. {=[note] kept ~other}", { choices: ["[note] kept", "other"] }],
    // 2. An [html] question's answers and feedback are HTML too: their text is kept.
    ["2 html answers and feedback", "[html]<p>Where does the sun rise?</p>{=<p>The east.</p>#<b>Yes</b> ~West#<i>No</i>}", { prompt: "Where does the sun rise?", choices: ["The east.", "West"], choiceFeedback: ["Yes", "No"] }],
    ["2 html comments go whole", "[html]Which <!-- a > b --> one?{=A <!-- x --> ~B}", { prompt: "Which one?", choices: ["A", "B"] }],
    ["2 html paragraphs and entities", "[html]<p>Tom &amp; Jerry</p><p>are&nbsp;a &#39;pair&#39;?</p>{T}", { prompt: "Tom & Jerry\nare a 'pair'?" }],
    // 3. Numeric with feedback for any other value.
    ["3 numeric wrong-answer feedback", "Between 1 and 5? {#3:2~#Completely wrong}", { type: "numeric", answer: 3, tolerance: 2, otherFeedback: "Completely wrong" }],
    ["3 numeric feedback, list form", "When? {#=1822:0#Exactly =%50%1822:2#Close ~#No}", { answer: 1822, partialAnswers: [{ answer: 1822, fraction: 0.5, tolerance: 2 }], answerFeedback: [{ answer: 1822, tolerance: 0, feedback: "Exactly" }, { answer: 1822, tolerance: 2, feedback: "Close" }], otherFeedback: "No" }],
    // 4. Only \\ \: \# \= \{ \} \~ \n are escapes; other backslashes stay.
    ["4 TeX keeps its backslashes", "What is \\(\\alpha\\)? {=\\(\\beta\\) ~\\(\\gamma\\)}", { prompt: "What is \\(\\alpha\\)?", choices: ["\\(\\beta\\)", "\\(\\gamma\\)"] }],
    ["4 a lone backslash is an answer", "Which character escapes? {= \\   # Correct!}", { type: "short_answer", answer: "\\", answerFeedback: [{ answer: "\\", feedback: "Correct!" }] }],
    ["4 escapes", "A \\{b\\} c\\: d\\#e\\=f\\~g\\\\h\\ni? {T}", { prompt: "A {b} c: d#e=f~g\\h\ni?" }],
    // 5. A name ending in an escaped colon.
    ["5 name ending in \\:", "::Ratio 1\\:2\\:::Is 1:2 a ratio?{T}", { name: "Ratio 1:2:", prompt: "Is 1:2 a ratio?", type: "true_false" }],
    // 6. A short answer without "=".
    ["6 short answer without =", "Say one. {One}", { type: "short_answer", answer: "One" }],
    ["6 and with others", "Say one. {One =Uno}", { type: "short_answer", answer: "One", acceptedAnswers: ["Uno"] }],
    // 7. Only T, F, TRUE, FALSE in capitals are true/false.
    ["7 T", "Q? {T}", { type: "true_false", answer: true }],
    ["7 FALSE", "Q? {FALSE}", { type: "true_false", answer: false }],
    ["7 lowercase true is a short answer", "Q? {true}", { type: "short_answer", answer: "true" }],
    ["7 Mixed-case False is a short answer", "Q? {False}", { type: "short_answer", answer: "False" }],
    // 8. Per-answer feedback is kept everywhere Moodle keeps it.
    ["8 short answer feedback and catch-all", "Capital of France? {=Paris#Yes =%50%paris city#Nearly =%0%Lyon#Second city =%0%*#Think of the Seine}", { type: "short_answer", answer: "Paris", partialAnswers: [{ answer: "paris city", fraction: 0.5 }], answerFeedback: [{ answer: "Paris", feedback: "Yes" }, { answer: "paris city", feedback: "Nearly" }, { answer: "Lyon", feedback: "Second city" }], otherFeedback: "Think of the Seine" }],
    ["8 true/false feedback", "Lima is in Chile. {FALSE#It is in Peru.#Right, Peru.}", { type: "true_false", answer: false, answerFeedback: [{ answer: false, feedback: "Right, Peru." }, { answer: true, feedback: "It is in Peru." }] }],
    ["8 true/false right feedback only", "Q? {TRUE##Well done}", { answerFeedback: [{ answer: true, feedback: "Well done" }] }],
    ["8 several = in one multiple choice", "Two keys? {=a =b ~c}", { type: "multiple_choice", answer: "a", choiceWeights: [1, 1, 0] }],
    ["8 = takes no weight, as Moodle", "Pick. {=%50%a ~b}", { choices: ["%50%a", "b"] }],
    ["8 text before the first ~ is a wrong choice", "Pick. {a ~b =c}", { choices: ["a", "b", "c"], answer: "c" }],
    ["8 multiple answer with the grader's own weights stays implicit", "Which? {~%50%A ~%50%B ~%-50%C}", { type: "multiple_response", answer: ["A", "B"], choiceWeights: undefined }],
    ["8 multiple answer with other weights keeps them", "Which? {~%50%A ~%50%B ~%-100%C}", { choiceWeights: [0.5, 0.5, -1] }],
    // The blank: answers inside the text leave one; answers at the end, none.
    ["13 a blank at the end stays and makes a cloze", "The capital is _____ {=Lima}", { type: "cloze", prompt: "The capital is _____", answer: "Lima" }],
  ];
  it.each(rows)("%s", (_, gift, expected) => {
    expect(one(gift)).toMatchObject(expected);
  });

  it("8 an essay with general feedback ({####note}) is refused as an essay, naming its line", () => {
    const error = refused("// intro\n\nWrite about it. {####A note for markers}");
    expect(error).toEqual({ line: 3, message: expect.stringMatching(/essay/) });
  });

  it("descriptions are skipped with a notice naming the line", () => {
    const { questions, errors } = parseGift("Read this first.\n\nQ? {T}");
    expect(questions).toHaveLength(1);
    expect(errors).toEqual([{ line: 1, message: expect.stringMatching(/description .*skipped/) }]);
  });

  it("a wildcard short answer is refused, not taken literally", () => {
    expect(refused("Q? {=*ing}").message).toMatch(/wildcard/);
    expect(one("Q? {=C\\*}")).toMatchObject({ answer: "C*" });
  });

  it("9 category paths are nested tags; [id:] and [tag:] are read", () => {
    const gift = [
      "$CATEGORY: $course$/top/Default for History 101/news/asia/korea",
      "",
      "// [id:K-7] [tag:summits] [tag:a\\]b] [tag:c\\d]",
      "Q? {T}",
      "",
      "$CATEGORY: $course$/top/news//sport",
      "",
      "R? {F}",
      "",
      "$CATEGORY: $course$/top",
      "",
      "S? {F}",
    ].join("\n");
    const { questions, errors } = parseGift(gift);
    expect(errors).toEqual([]);
    expect(questions[0]).toMatchObject({ idNumber: "K-7", tags: ["news/asia/korea", "summits", "a]b", "c\\d"] });
    // "//" is Moodle's way of writing a "/" inside one category's name: kept as written.
    expect(questions[1]!.tags).toEqual(["news//sport"]);
    expect(questions[2]!.tags).toBeUndefined();
  });
});

describe("export as Moodle reads it back", () => {
  const base = { explanation: "" } as const;
  const exported = (q: Question) => {
    const { gift, skipped } = exportGift([q]);
    expect(skipped).toEqual([]);
    return gift;
  };
  const roundTrip = (q: Question) => one(exported(q));

  it("10 a prompt starting with // is not a comment line", () => {
    const q: Question = { ...base, type: "true_false", prompt: "// is how a comment starts?", answer: true };
    expect(exported(q)).toMatch(/^\[moodle\]\/\//m);
    expect(roundTrip(q)).toMatchObject({ prompt: q.prompt });
  });

  it("10 a name ending in : round-trips", () => {
    expect(roundTrip({ ...base, type: "true_false", prompt: "Q?", name: "Question:", answer: true })).toMatchObject({ name: "Question:" });
  });

  it("11 multiple response without weights grades the same after a round trip", () => {
    const q: Question = { ...base, type: "multiple_response", prompt: "Which?", choices: ["a", "b", "c", "d", "e", "f"], answer: ["a", "b", "c", "d"] };
    expect(exported(q)).toContain("{~%25%a ~%25%b ~%25%c ~%25%d ~%-25%e ~%-25%f}");
    expect(roundTrip(q)).toMatchObject({ choiceWeights: undefined, answer: q.answer });
  });

  it("12 weights are rounded to Moodle's grades, with a notice when that changes them", () => {
    const q: Question = { ...base, type: "multiple_response", prompt: "Which?", choices: ["a", "b", "c"], answer: ["a", "b"], choiceWeights: [1 / 3, 0.44, -1 / 6] };
    const { gift, notices } = exportGift([q]);
    expect(gift).toContain("{~%33.33333%a ~%40%b ~%-16.66667%c}");
    expect(notices).toEqual([{ index: 0, message: "weight 44% written as 40%, the nearest grade Moodle allows" }]);
  });

  it("13 a choice, feedback or prompt opening like a format marker is guarded", () => {
    const q: Question = { ...base, type: "multiple_choice", prompt: "[html] is a marker?", choices: ["[html]b", "c"], answer: "[html]b", choiceFeedback: ["[plain] yes", ""] };
    expect(exported(q)).toContain("[moodle][html] is a marker? {=[moodle][html]b#[moodle][plain] yes ~c}");
    expect(roundTrip(q)).toMatchObject({ prompt: q.prompt, choices: q.choices, choiceFeedback: q.choiceFeedback });
  });

  it("13 a prompt ending in its blank keeps the blank", () => {
    const q: Question = { ...base, type: "cloze", prompt: "The capital of Peru is _____", answer: "Lima" };
    expect(roundTrip(q)).toMatchObject({ type: "cloze", prompt: q.prompt });
  });

  it("13 a tag with a backslash is written as Moodle reads it", () => {
    const q: Question = { ...base, type: "true_false", prompt: "Q?", answer: true, tags: ["c\\d", "a]b"] };
    expect(exported(q)).toContain("// [tag:c\\d] [tag:a\\]b]");
    expect(roundTrip(q).tags).toEqual(q.tags);
  });

  it("9 a category tag is written back as the same path", () => {
    const bank: Question[] = [
      { ...base, type: "true_false", prompt: "Q?", answer: true, tags: ["news/asia/korea", "summits"] },
      { ...base, type: "true_false", prompt: "R?", answer: false, tags: ["news/asia/korea"] },
      { ...base, type: "true_false", prompt: "S?", answer: false },
    ];
    const { gift } = exportGift(bank);
    expect(gift.match(/\$CATEGORY: \$course\$\/top\/news\/asia\/korea/g)).toHaveLength(1);
    const { questions } = parseGift(gift);
    expect(questions.map((q) => [q.prompt, q.tags])).toEqual([["S?", undefined], ["Q?", ["news/asia/korea", "summits"]], ["R?", ["news/asia/korea"]]]);
  });

  it("8 per-answer feedback round-trips for every type that has it", () => {
    const bank: Question[] = [
      { ...base, type: "true_false", prompt: "T?", answer: true, answerFeedback: [{ answer: true, feedback: "Yes" }, { answer: false, feedback: "No: it is" }] },
      { ...base, type: "short_answer", prompt: "S?", answer: "Lima", acceptedAnswers: ["lima city"], partialAnswers: [{ answer: "Peru", fraction: 0.5 }], answerFeedback: [{ answer: "Peru", feedback: "The country" }, { answer: "Cusco", feedback: "The old capital" }], otherFeedback: "Think of the coast" },
      { ...base, type: "numeric", prompt: "N?", answer: 3, tolerance: 2, answerFeedback: [{ answer: 3, tolerance: 2, feedback: "In range" }, { answer: 10, tolerance: 0, feedback: "Too big" }], otherFeedback: "No" },
      { ...base, type: "numeric", prompt: "M?", answer: 7, tolerance: 0, answerFeedback: [{ answer: 7, tolerance: 0, feedback: "Seven" }] },
    ];
    const { gift } = exportGift(bank);
    const { questions, errors } = parseGift(gift);
    expect(errors).toEqual([]);
    questions.forEach((q, i) => expect(q).toMatchObject(bank[i]!));
  });
});
