// What a learner may see of a question before answering: never the key, explanation or source.
import type { Question, QuestionType } from "@/questions/schema";
import { keyedShuffle } from "./shuffle";
import { layoutKey } from "./layout-key";

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

/**
 * `meta.seed` names the layout (an attempt and a question, a review card): the same seed gives the
 * same order. The order itself is drawn with the server's layout key, so knowing the seed and the
 * order shown tells the learner nothing about the stored order (decision 017).
 */
export function toLearnerQuestion(
  question: Question,
  meta: { id: string; position: number; points: number; seed: string },
  options: { shuffleChoices: boolean },
): LearnerQuestion {
  const base = { id: meta.id, position: meta.position, points: meta.points, type: question.type, prompt: question.prompt };
  const shuffle = <T,>(items: readonly T[]) => keyedShuffle(items, layoutKey(), meta.seed);
  const order = <T,>(items: readonly T[]) => (options.shuffleChoices ? shuffle(items) : [...items]);
  switch (question.type) {
    case "multiple_choice":
    case "multiple_response":
      return { ...base, choices: order(question.choices ?? []) };
    case "ordering":
      // Always shuffled, whatever the quiz says: the stored order may be the answer.
      return { ...base, choices: shuffle(question.choices ?? (question.answer as string[])) };
    case "matching": {
      const pairs = question.answer as { left: string; right: string }[];
      return {
        ...base,
        matchLeft: pairs.map((p) => p.left),
        // Always shuffled: the pairs' own order is the key. `choices`, when present, holds every
        // option on the right, extra wrong ones included.
        matchRight: shuffle(question.choices ?? pairs.map((p) => p.right)),
      };
    }
    default:
      return base;
  }
}
