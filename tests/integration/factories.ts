// Test data made through the real code paths (better-auth sign-up, not hand-written rows).
import { randomBytes } from "node:crypto";
import { getAuth } from "@/app/_server/auth/auth";
import type { Actor } from "@/app/_server/auth/session";
import { getDb } from "@/prisma/client";

export async function createLearner(name = "Test Learner"): Promise<Actor> {
  const email = `learner-${randomBytes(6).toString("hex")}@example.test`;
  const { user } = await getAuth().api.signUpEmail({ body: { name, email, password: "correct horse battery staple" } });
  return { id: user.id, name: user.name, email: user.email, role: "learner" };
}

export async function createTeacher(name = "Test Teacher"): Promise<Actor> {
  const learner = await createLearner(name);
  await getDb().user.update({ where: { id: learner.id }, data: { role: "teacher" } });
  return { ...learner, role: "teacher" };
}

/** A guest, as "Try it now" makes one: a better-auth anonymous user. */
export async function createGuest(): Promise<Actor> {
  const { user } = await getAuth().api.signInAnonymous();
  return { id: user.id, name: "Guest", email: "", role: "learner", isGuest: true };
}

export async function createAdmin(name = "Test Admin"): Promise<Actor> {
  const learner = await createLearner(name);
  await getDb().user.update({ where: { id: learner.id }, data: { role: "admin" } });
  return { ...learner, role: "admin" };
}

/** An article in our own words, long enough to pass the input rules and yield questions. */
export const TEACHER_ARTICLE = [
  "Island states agree to share ferry service",
  "Transport ministers from Vanuatu, Fiji and Samoa met in Port Vila on Monday to restart talks on a shared ferry service.",
  "Vanuatu's Prime Minister Jotham Napat said the service would link eleven harbours and cost about $40 million to set up.",
  "The ministers agreed that ticket prices would rise by no more than 5 percent a year for the first decade.",
  "About 120,000 people travel between the three countries by sea every year, according to a regional survey.",
  "A final decision is expected in June, when the ministers meet again in Suva.",
].join("\n");
