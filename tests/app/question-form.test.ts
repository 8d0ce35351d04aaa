import { describe, expect, it } from "vitest";
import { finalGrade } from "@/app/_server/quizzes/quiz-settings";
import { formValuesToQuestion, questionToFormValues, type QuestionFormValues } from "@/app/_server/bank/question-form";
import type { Question } from "@/questions/schema";

const blank: QuestionFormValues = { type: "multiple_choice", prompt: "", name: "", choices: "", answer: "", tolerance: "", accepted: "", pairs: "", items: "", explanation: "", feedback: "", tags: "" };
const form = (v: Partial<QuestionFormValues>) => ({ ...blank, ...v });

describe("question form -> question", () => {
  const ok: [string, Partial<QuestionFormValues>, Partial<Question>][] = [
    ["multiple choice", { prompt: "Where?", choices: "*Tokyo\nOsaka\n\nSeoul " }, { type: "multiple_choice", choices: ["Tokyo", "Osaka", "Seoul"], answer: "Tokyo" }],
    ["select all", { type: "multiple_response", prompt: "Which?", choices: "*A\n* B\nC" }, { answer: ["A", "B"], choices: ["A", "B", "C"] }],
    ["true/false", { type: "true_false", prompt: "True?", answer: "false" }, { answer: false }],
    ["number", { type: "numeric", prompt: "How many?", answer: "80,000", tolerance: "500" }, { answer: 80000, tolerance: 500 }],
    ["short answer", { type: "short_answer", prompt: "Who?", answer: "Shigeru Ishiba", accepted: "Ishiba\n" }, { answer: "Shigeru Ishiba", acceptedAnswers: ["Ishiba"] }],
    ["cloze", { type: "cloze", prompt: "A _____ tariff.", answer: "15 percent" }, { answer: "15 percent" }],
    ["ordering", { type: "ordering", prompt: "Order", items: "first\nsecond" }, { answer: ["first", "second"] }],
    ["matching, one right for two lefts", { type: "matching", prompt: "Match", pairs: "Lee -> President\nMacron -> President" }, { answer: [{ left: "Lee", right: "President" }, { left: "Macron", right: "President" }] }],
    ["matching", { type: "matching", prompt: "Match", pairs: "Lee -> President\nIshiba -> Prime Minister" }, { answer: [{ left: "Lee", right: "President" }, { left: "Ishiba", right: "Prime Minister" }] }],
    ["several full-mark choices", { prompt: "Which?", choices: "*A\n*B\nC" }, { answer: "A", choiceWeights: [1, 1, 0] }],
    ["part marks for a choice", { prompt: "Which?", choices: "%50% Half\n*Full\n%-25%Wrong\nNone" }, { answer: "Full", choices: ["Half", "Full", "Wrong", "None"], choiceWeights: [0.5, 1, -0.25, 0] }],
    ["a choice starting with a figure is a choice", { prompt: "How many?", choices: "*50% of voters\n40% of voters" }, { answer: "50% of voters", choices: ["50% of voters", "40% of voters"] }],
    ["select all with weights", { type: "multiple_response", prompt: "Which?", choices: "%70% A\n%30% B\n%-50% C\nD" }, { answer: ["A", "B"], choiceWeights: [0.7, 0.3, -0.5, 0] }],
    ["thirds add up to full marks", { type: "multiple_response", prompt: "Which?", choices: "%33.333% A\n%33.333% B\n%33.333% C\n%-100% D" }, { answer: ["A", "B", "C"], choiceWeights: [1 / 3, 1 / 3, 1 / 3, -1] }],
    ["typed answers for part marks", { type: "short_answer", prompt: "Which marsh?", answer: "Quillmarsh", accepted: "Quill Marsh\n%50% Fenmarsh" }, { acceptedAnswers: ["Quill Marsh"], partialAnswers: [{ answer: "Fenmarsh", fraction: 0.5 }] }],
    ["numbers for part marks", { type: "numeric", prompt: "How many?", answer: "80", accepted: "%50% 80 ± 5\n%25%100" }, { partialAnswers: [{ answer: 80, fraction: 0.5, tolerance: 5 }, { answer: 100, fraction: 0.25 }] }],
    ["feedback for a choice copied with its percentage", { prompt: "Where?", choices: "*Tokyo\n%50% Osaka", feedback: "%50% Osaka | Close: the second city." }, { choiceFeedback: ["", "Close: the second city."] }],
    ["a name", { prompt: "Where?", name: " Summit city ", choices: "*A\nB" }, { name: "Summit city" }],
    ["tags", { prompt: "Where?", choices: "*A\nB", tags: "asia, summits, asia" }, { tags: ["asia", "summits"] }],
    ["choice feedback", { prompt: "Where?", choices: "*Tokyo\nOsaka\nSeoul", feedback: "Osaka | Second city, not the capital.\n*Tokyo | Yes." }, { choiceFeedback: ["Yes.", "Second city, not the capital.", ""] }],
    ["true/false feedback", { type: "true_false", prompt: "True?", answer: "false", feedback: "true | It is not: check the date." }, { answerFeedback: [{ answer: true, feedback: "It is not: check the date." }] }],
    ["number feedback with a catch-all", { type: "numeric", prompt: "How many?", answer: "80", feedback: "8 ± 1 | Check the zeros.\n* | Read the second paragraph." }, { answerFeedback: [{ answer: 8, tolerance: 1, feedback: "Check the zeros." }], otherFeedback: "Read the second paragraph." }],
    ["typed answer feedback", { type: "short_answer", prompt: "Who?", answer: "Lula", feedback: "Hu | He was the visitor." }, { answerFeedback: [{ answer: "Hu", feedback: "He was the visitor." }] }],
  ];
  it.each(ok)("%s", (_, values, expected) => {
    const result = formValuesToQuestion(form(values));
    if ("errors" in result) throw new Error(JSON.stringify(result.errors));
    expect(result.question).toMatchObject(expected);
  });

  const bad: [string, Partial<QuestionFormValues>, keyof QuestionFormValues][] = [
    ["no prompt", { choices: "*A\nB" }, "prompt"],
    ["one choice", { prompt: "?", choices: "*A" }, "choices"],
    ["no key", { prompt: "?", choices: "A\nB" }, "choices"],
    ["a star and a percentage on one line", { prompt: "?", choices: "*%50% A\nB" }, "choices"],
    ["a percentage over 100", { prompt: "?", choices: "*A\n%150% B" }, "choices"],
    ["select all: percentages not adding up to 100", { type: "multiple_response", prompt: "?", choices: "%50% A\n%30% B\nC" }, "choices"],
    ["select all: stars mixed with percentages", { type: "multiple_response", prompt: "?", choices: "*A\n%50% B\nC" }, "choices"],
    ["only part marks, no right choice", { prompt: "?", choices: "%50% A\nB" }, "choices"],
    ["a typed answer worth 100% written as part marks", { type: "short_answer", prompt: "?", answer: "x", accepted: "%100% y" }, "accepted"],
    ["a number for part marks without its percentage", { type: "numeric", prompt: "?", answer: "5", accepted: "6" }, "accepted"],
    ["a number for part marks that is not a number", { type: "numeric", prompt: "?", answer: "5", accepted: "%50% six" }, "accepted"],
    ["a name too long", { prompt: "?", name: "n".repeat(201), choices: "*A\nB" }, "name"],
    ["duplicate choices", { prompt: "?", choices: "*A\nA" }, "choices"],
    ["no true/false", { type: "true_false", prompt: "?" }, "answer"],
    ["not a number", { type: "numeric", prompt: "?", answer: "lots" }, "answer"],
    ["negative tolerance", { type: "numeric", prompt: "?", answer: "5", tolerance: "-1" }, "tolerance"],
    ["a decimal comma, not 79", { type: "numeric", prompt: "?", answer: "7,9" }, "answer"],
    ["hexadecimal", { type: "numeric", prompt: "?", answer: "0x10" }, "answer"],
    ["exponent tolerance", { type: "numeric", prompt: "?", answer: "5", tolerance: "1e3" }, "tolerance"],
    ["thirteen choices", { prompt: "?", choices: "*A\nB\nC\nD\nE\nF\nG\nH\nI\nJ\nK\nL\nM" }, "choices"],
    ["a choice too long to answer", { prompt: "?", choices: `*A\n${"b".repeat(501)}` }, "choices"],
    ["two equal ordering items", { type: "ordering", prompt: "?", items: "first\nfirst\nlast" }, "items"],
    ["a left item matched twice", { type: "matching", prompt: "?", pairs: "Lee -> President\nLee -> Prime Minister" }, "pairs"],
    ["an answer longer than a learner may type", { type: "short_answer", prompt: "?", answer: "x".repeat(201) }, "answer"],
    ["unknown type", { type: "essay" as never, prompt: "?" }, "type"],
    ["cloze without blank", { type: "cloze", prompt: "No blank here", answer: "x" }, "prompt"],
    ["bad pair", { type: "matching", prompt: "?", pairs: "Lee President\nIshiba -> PM" }, "pairs"],
    ["feedback for a choice that is not there", { prompt: "?", choices: "*A\nB", feedback: "C | No." }, "feedback"],
    ["feedback without its answer", { prompt: "?", choices: "*A\nB", feedback: "Just text" }, "feedback"],
    ["feedback on a matching question", { type: "matching", prompt: "?", pairs: "a -> b\nc -> d", feedback: "a | x" }, "feedback"],
  ];
  it.each(bad)("%s is a field error, not an exception", (_, values, field) => {
    const result = formValuesToQuestion(form(values));
    expect("errors" in result && result.errors[field]).toBeTruthy();
  });
});

describe("question -> form -> question", () => {
  const questions: Question[] = [
    { type: "multiple_choice", prompt: "Where?", choices: ["Tokyo", "Osaka"], answer: "Tokyo", explanation: "Because." },
    { type: "numeric", prompt: "How many?", answer: 80000, tolerance: 500, explanation: "" },
    { type: "matching", prompt: "Match", answer: [{ left: "Lee", right: "President" }, { left: "Ishiba", right: "Prime Minister" }], explanation: "" },
    { type: "multiple_response", prompt: "Which?", choices: ["A", "B", "C"], answer: ["A", "B"], choiceFeedback: ["", "Yes", "No: C is not"], explanation: "" },
    { type: "short_answer", prompt: "Who?", answer: "Lula", answerFeedback: [{ answer: "Lula", feedback: "Right" }, { answer: "Hu", feedback: "The visitor" }], otherFeedback: "Reread it", explanation: "" },
    { type: "numeric", prompt: "How many?", answer: 3, tolerance: 2, answerFeedback: [{ answer: 10, tolerance: 1, feedback: "Too many" }], explanation: "" },
    { type: "multiple_choice", prompt: "Where?", name: "Summit city", choices: ["Tokyo", "Osaka", "Kyoto"], answer: "Osaka", choiceWeights: [0.5, 1, 1], explanation: "" },
    { type: "multiple_response", prompt: "Which?", choices: ["A", "B", "C", "D"], answer: ["A", "B", "C"], choiceWeights: [1 / 3, 1 / 3, 1 / 3, -1], explanation: "" },
    { type: "short_answer", prompt: "Which marsh?", answer: "Quillmarsh", acceptedAnswers: ["Quill Marsh"], partialAnswers: [{ answer: "Fenmarsh", fraction: 0.5 }], explanation: "" },
    { type: "numeric", prompt: "How many?", answer: 80, tolerance: 0, partialAnswers: [{ answer: 80, fraction: 0.5, tolerance: 5 }], explanation: "" },
  ];
  it.each(questions)("keeps a $type question", (q) => {
    const result = formValuesToQuestion(questionToFormValues(q), q);
    if ("errors" in result) throw new Error(JSON.stringify(result.errors));
    expect(result.question).toMatchObject(q);
  });

  it("keeps Moodle's ID number through an edit (it is not on the form)", () => {
    const q: Question = { type: "true_false", prompt: "True?", answer: true, explanation: "", idNumber: "moodle-7" };
    const result = formValuesToQuestion({ ...questionToFormValues(q), prompt: "Edited?" }, q);
    expect("question" in result && result.question).toMatchObject({ prompt: "Edited?", idNumber: "moodle-7" });
  });

  it("writes part marks as the teacher reads them", () => {
    const q: Question = { type: "multiple_choice", prompt: "Where?", choices: ["Tokyo", "Osaka", "Kyoto"], answer: "Osaka", choiceWeights: [0.5, 1, -1 / 3], explanation: "" };
    expect(questionToFormValues(q).choices).toBe("%50% Tokyo\n*Osaka\n%-33.333% Kyoto");
  });

  it("keeps the generator's source and fact kind through an edit", () => {
    const q: Question = { type: "true_false", prompt: "True?", answer: true, explanation: "", source: { sentence: "S.", start: 0, end: 2 }, factKind: "place" };
    const result = formValuesToQuestion({ ...questionToFormValues(q), prompt: "Edited?" }, q);
    expect("question" in result && result.question).toMatchObject({ prompt: "Edited?", source: q.source, factKind: "place" });
  });
});

describe("finalGrade", () => {
  it.each([
    ["highest", [0.2, 0.9, 0.5], 0.9],
    ["latest", [0.2, 0.9, 0.5], 0.5],
    ["first", [0.2, 0.9, 0.5], 0.2],
    ["average", [0.2, 0.9, 0.5], 1.6 / 3],
  ] as const)("%s of %j is %d", (method, fractions, expected) => {
    expect(finalGrade([...fractions], method)).toBeCloseTo(expected);
  });
  it("is null without attempts", () => expect(finalGrade([], "highest")).toBeNull());
});
