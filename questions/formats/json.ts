// The CLI's JSON shape: { questions: [...] } with each question's public fields.
import type { GenerateOutput, Question } from "../schema";

export function toJsonOutput(questions: readonly Question[]): GenerateOutput {
  return {
    questions: questions.map((q) => ({
      type: q.type,
      prompt: q.prompt,
      ...(q.choices ? { choices: q.choices } : {}),
      answer: q.answer,
      ...(q.acceptedAnswers ? { acceptedAnswers: q.acceptedAnswers } : {}),
      ...(q.tolerance !== undefined ? { tolerance: q.tolerance } : {}),
      explanation: q.explanation,
      ...(q.source ? { source: q.source } : {}),
      ...(q.factKind ? { factKind: q.factKind } : {}),
      ...(q.difficulty !== undefined ? { difficulty: q.difficulty } : {}),
      ...(q.score !== undefined ? { score: q.score } : {}),
      ...(q.tags ? { tags: q.tags } : {}),
      ...(q.name ? { name: q.name } : {}),
      ...(q.choiceWeights ? { choiceWeights: q.choiceWeights } : {}),
      ...(q.choiceFeedback ? { choiceFeedback: q.choiceFeedback } : {}),
      ...(q.partialAnswers ? { partialAnswers: q.partialAnswers } : {}),
      ...(q.answerFeedback ? { answerFeedback: q.answerFeedback } : {}),
      ...(q.otherFeedback ? { otherFeedback: q.otherFeedback } : {}),
      ...(q.idNumber ? { idNumber: q.idNumber } : {}),
    })),
  };
}

export function serializeJson(questions: readonly Question[]): string {
  return JSON.stringify(toJsonOutput(questions), null, 2);
}

/** A plain-text listing for people reading the terminal. */
export function formatText(questions: readonly Question[]): string {
  return questions
    .map((q, i) => {
      const lines = [`${i + 1}. [${q.type}${q.factKind ? `, ${q.factKind}` : ""}] ${q.prompt}`];
      if (q.choices) q.choices.forEach((c, k) => lines.push(`   ${String.fromCharCode(97 + k)}) ${c}`));
      const ans = Array.isArray(q.answer)
        ? q.answer.map((a) => (typeof a === "string" ? a : `${a.left} -> ${a.right}`)).join("; ")
        : String(q.answer);
      lines.push(`   Answer: ${ans}${q.tolerance ? ` (±${q.tolerance})` : ""}`);
      return lines.join("\n");
    })
    .join("\n\n");
}
