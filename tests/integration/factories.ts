// Test data made through the real code paths (better-auth sign-up, not hand-written rows).
import { randomBytes } from "node:crypto";
import { getAuth } from "@/app/_server/auth";
import type { Actor } from "@/app/_server/session";

export async function createLearner(name = "Test Learner"): Promise<Actor> {
  const email = `learner-${randomBytes(6).toString("hex")}@example.test`;
  const { user } = await getAuth().api.signUpEmail({ body: { name, email, password: "correct horse battery staple" } });
  return { id: user.id, name: user.name, email: user.email, role: "learner" };
}
