// What a learner may see of a question before answering: never the key, explanation or source.
import type { Question, QuestionType } from "@/questions/schema";
import { seededShuffle } from "./shuffle";

export interface LearnerQuestion {
  id: string;
  position: number;
  points: number;
  type: QuestionType;
  prompt: string;
  /** Choices (multiple choice/response) or items to put in order (ordering), shuffled. */
  choices?: string[];
  /** Matching: the items on the left, in order, and the options to match them with, shuffled. */
  matchLeft?: string[];
  matchRight?: string[];
}

export function toLearnerQuestion(
  question: Question,
  meta: { id: string; position: number; points: number; seed: string },
  options: { shuffleChoices: boolean },
): LearnerQuestion {
  const base = { id: meta.id, position: meta.position, points: meta.points, type: question.type, prompt: question.prompt };
  const order = <T,>(items: readonly T[]) => (options.shuffleChoices ? seededShuffle(items, meta.seed) : [...items]);
  switch (question.type) {
    case "multiple_choice":
    case "multiple_response":
      return { ...base, choices: order(question.choices ?? []) };
    case "ordering":
      // Always shuffled: the stored order would be the answer.
      return { ...base, choices: seededShuffle(question.choices ?? (question.answer as string[]), meta.seed) };
    case "matching": {
      const pairs = question.answer as { left: string; right: string }[];
      return {
        ...base,
        matchLeft: pairs.map((p) => p.left),
        // `choices`, when present, holds every option on the right, extra wrong ones included.
        matchRight: seededShuffle(question.choices ?? pairs.map((p) => p.right), meta.seed),
      };
    }
    default:
      return base;
  }
}
