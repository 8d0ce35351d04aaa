import { describe, expect, it } from "vitest";
import { feedbackForResponse } from "@/questions/grade";
import type { Question } from "@/questions/schema";

const base = { explanation: "" } as const;

describe("feedbackForResponse: the feedback written for the learner's own answer", () => {
  const choice: Question = { ...base, type: "multiple_choice", prompt: "Where?", choices: ["Lima", "Cusco", "Quito"], answer: "Lima", choiceFeedback: ["Yes.", "The old capital.", ""] };
  const many: Question = { ...base, type: "multiple_response", prompt: "Which?", choices: ["A", "B", "C"], answer: ["A"], choiceFeedback: ["Right.", "", "C is not."] };
  const tf: Question = { ...base, type: "true_false", prompt: "T?", answer: false, answerFeedback: [{ answer: true, feedback: "It is in Peru." }] };
  const typed: Question = { ...base, type: "short_answer", prompt: "Who?", answer: "Lula da Silva", answerFeedback: [{ answer: "Hu Jintao", feedback: "He was the visitor." }, { answer: "Lula da Silva", feedback: "Yes." }], otherFeedback: "Reread the first line." };
  const numeric: Question = { ...base, type: "numeric", prompt: "How many?", answer: 80000, tolerance: 0, answerFeedback: [{ answer: 8000, tolerance: 100, feedback: "Count the zeros." }], otherFeedback: "No." };

  it.each([
    ["the picked choice's", choice, "Cusco", ["The old capital."]],
    ["none for a choice without", choice, "Quito", []],
    ["each picked choice's, in order", many, ["C", "A", "B"], ["C is not.", "Right."]],
    ["true/false's for the value given", tf, true, ["It is in Peru."]],
    ["none for the other value", tf, false, []],
    ["a typed answer's, matched as the grader matches", typed, "  hu jintao ", ["He was the visitor."]],
    ["the key's own", typed, "Lula da Silva", ["Yes."]],
    ["the catch-all for any other answer", typed, "Xi", ["Reread the first line."]],
    ["nothing for no answer", typed, "", []],
    ["a number's within its tolerance", numeric, "8,050", ["Count the zeros."]],
    ["the catch-all for another number", numeric, 5, ["No."]],
  ] as const)("%s", (_, question, response, expected) => {
    expect(feedbackForResponse(question, response as never)).toEqual(expected);
  });
});
