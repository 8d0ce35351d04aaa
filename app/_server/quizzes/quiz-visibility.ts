// No "server-only": the production server (server.ts, run by tsx) reaches this through start-attempt.
import { z } from "zod";
import type { Actor } from "../auth/session";

/**
 * Who may see and start a published quiz (docs/decisions/024-quiz-visibility.md):
 * public: anyone, guests included; learners: anyone signed in with an account (not a guest);
 * classes: only members of a class the quiz is assigned to. The owner and admins always may.
 */
export const QUIZ_VISIBILITIES = ["public", "learners", "classes"] as const;
export type QuizVisibility = (typeof QUIZ_VISIBILITIES)[number];
export const quizVisibilitySchema = z.enum(QUIZ_VISIBILITIES);

export const VISIBILITY_TEXT: Record<QuizVisibility, string> = {
  public: "Everyone, guests included",
  learners: "Signed-in learners",
  classes: "Only the classes it is assigned to",
};

/** A Prisma `where` on Quiz: the quizzes this person (or nobody signed in) may see. */
export function visibleTo(actor: Pick<Actor, "id" | "role" | "isGuest"> | null) {
  if (!actor || actor.isGuest) return { visibility: "public" };
  if (actor.role === "admin") return {};
  return {
    OR: [
      { visibility: { in: ["public", "learners"] } },
      { visibility: "classes", assignments: { some: { class: { members: { some: { userId: actor.id } } } } } },
      { ownerId: actor.id },
    ],
  };
}
