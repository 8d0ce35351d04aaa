// A teacher's quizzes covering every question type and review setting, and a learner part-way
// through them, made on the app server's database: questions, quizzes and the class through the
// real use cases (as the teacher's pages would), and everything the learner does through the
// JSON API over HTTP, as a learner's device would.
import { randomBytes } from "node:crypto";
import { QUESTION_TYPES, type LearnerResponse, type Question, type QuestionType } from "@/questions/schema";
import type { Actor } from "@/app/_server/auth/session";
import { createQuestions } from "@/app/_server/bank/create-questions";
import { createQuiz } from "@/app/_server/quizzes/create-quiz";
import { assignQuiz, createClass, joinClass } from "@/app/_server/classes/classes";
import { getDb } from "@/prisma/client";
import { requestAs, signUpOverHttp, type HttpAccount } from "./http-accounts";

/**
 * One question of each type, every secret unique to this set and this run (`t` is in all of
 * them) and made of letters, digits and spaces, so that HTML or JSON escaping cannot hide it.
 */
export function questionSet(label: string, run: string, numericSeed: number): Question[] {
  const t = (n: number) => `${label}${n}r${run}`;
  const common = (n: number) => ({
    explanation: `Explained XPL${t(n)} by the harbour ledger kept since the flood`,
    source: { sentence: `SRC${t(n)} the harbour office wrote this down on a wet Tuesday.` },
  });
  return [
    {
      type: "multiple_choice",
      prompt: `Which ferry sailed first in set ${t(1)}?`,
      choices: [`Ferry Amber ${t(1)}`, `Ferry Birch ${t(1)}`, `Ferry Cedar ${t(1)}`, `Ferry Damson ${t(1)}`],
      answer: `Ferry Birch ${t(1)}`,
      // Moodle's partial credit and names are kept in the bank: weights are the key too, and a
      // name (only the teacher's) may say what the answer is.
      name: `NAM${t(1)} ferry order`,
      choiceWeights: [0.5, 1, 0, 1],
      choiceFeedback: [`FBK${t(1)} Amber sailed second`, "", "", `FBK${t(1)} Damson never sailed`],
      ...common(1),
    },
    {
      type: "multiple_response",
      prompt: `Which trees grow on the quay in set ${t(2)}?`,
      choices: [`Alder ${t(2)}`, `Beech ${t(2)}`, `Cypress ${t(2)}`, `Dogwood ${t(2)}`, `Elm ${t(2)}`],
      answer: [`Beech ${t(2)}`, `Elm ${t(2)}`],
      choiceWeights: [0, 0.7, -0.5, 0, 0.3],
      ...common(2),
    },
    { type: "true_false", prompt: `The quay in set ${t(3)} floods every spring.`, answer: false, answerFeedback: [{ answer: true, feedback: `FBK${t(3)} only in wet years` }], ...common(3) },
    {
      type: "numeric",
      prompt: `How many crates were landed in set ${t(4)}?`,
      // Digits that cannot turn up by chance (no id, date or size on a page has them).
      answer: 73917.25 + numericSeed * 1111.11,
      tolerance: 0.5,
      partialAnswers: [{ answer: 64813.75 + numericSeed * 1111.11, fraction: 0.5, tolerance: 0.5 }],
      ...common(4),
    },
    {
      type: "short_answer",
      prompt: `Which marsh did the pilots name in set ${t(5)}?`,
      answer: `Quillmarsh${t(5)}`,
      acceptedAnswers: [`Quill Marsh ${t(5)}`],
      partialAnswers: [{ answer: `Quillfen${t(5)}`, fraction: 0.5 }],
      answerFeedback: [{ answer: `Fenmarsh ${t(5)}`, feedback: `FBK${t(5)} that marsh is upstream` }],
      otherFeedback: `FBK${t(5)} the pilots named it after a bird`,
      ...common(5),
    },
    {
      type: "cloze",
      prompt: `In set ${t(6)} the night ferry docks at ___ before dawn.`,
      answer: `Brindlecombe${t(6)}`,
      acceptedAnswers: [`Brindle Combe ${t(6)}`],
      ...common(6),
    },
    {
      type: "ordering",
      prompt: `Put the stops of set ${t(7)} in order.`,
      // No `choices`: the stored order is the key, so a view that forgot to shuffle would leak it.
      answer: ["Anchorage", "Breakwater", "Customs", "Drydock", "Esplanade", "Fishmarket"].map((s) => `${s} ${t(7)}`),
      ...common(7),
    },
    {
      type: "matching",
      prompt: `Match each pier of set ${t(8)} with its keeper.`,
      answer: [
        { left: `North pier ${t(8)}`, right: `Keeper Gull ${t(8)}` },
        { left: `South pier ${t(8)}`, right: `Keeper Tern ${t(8)}` },
        { left: `East pier ${t(8)}`, right: `Keeper Auk ${t(8)}` },
      ],
      // Every option on the right, including one that matches nothing.
      choices: [`Keeper Gull ${t(8)}`, `Keeper Tern ${t(8)}`, `Keeper Auk ${t(8)}`, `Keeper Wren ${t(8)}`],
      ...common(8),
    },
  ];
}

/** A wrong answer of the right shape, so that a saved answer never puts a key on the page itself. */
export function wrongResponse(q: Question): LearnerResponse {
  switch (q.type) {
    case "multiple_choice":
      return q.choices!.find((c) => c !== q.answer)!;
    case "multiple_response":
      return q.choices!.filter((c) => !(q.answer as string[]).includes(c)).slice(0, 1);
    case "true_false":
      return !q.answer;
    case "numeric":
      return 12;
    case "short_answer":
    case "cloze":
      return "no idea";
    case "ordering":
      return [...(q.answer as string[])].reverse();
    case "matching": {
      const pairs = q.answer as { left: string; right: string }[];
      // Each left with the next pair's right: every pair wrong.
      return Object.fromEntries(pairs.map((p, i) => [p.left, pairs[(i + 1) % pairs.length]!.right]));
    }
  }
}

export interface WorldAttempt {
  id: string;
  quizId: string;
  title: string;
  review: "during" | "after_submit" | "after_close" | "score_only";
  onePerScreen: boolean;
  status: "in_progress" | "submitted";
  /** Question ids in the order the attempt shows them (drawn ones included). */
  questionIds: string[];
  /** Each question as the API showed it while the attempt was open: its choices, items or options in their shown order. */
  shown: ShownQuestion[];
}

export interface ShownQuestion {
  id: string;
  type: QuestionType;
  choices?: string[];
  matchLeft?: string[];
  matchRight?: string[];
}

export interface SecrecyWorld {
  learner: HttpAccount;
  /** Every question the teacher wrote, by id: the attempts' and the draw pool's. */
  questions: Map<string, Question>;
  attempts: WorldAttempt[];
  /** Questions whose answer has been checked in the "during" quiz: their key may be shown. */
  revealed: Set<string>;
  /** Bodies of the learner's own API calls while setting up (save-answer responses). */
  apiResponses: { url: string; status: number; body: string }[];
  className: string;
  run: string;
}

const asActor = (a: HttpAccount, role: Actor["role"]): Actor => ({ id: a.id, name: a.name, email: a.email, role });

export async function buildSecrecyWorld(baseUrl: string): Promise<SecrecyWorld> {
  const run = randomBytes(4).toString("hex");
  const [teacherAccount, learner] = await Promise.all([signUpOverHttp(baseUrl, "Secrecy Teacher"), signUpOverHttp(baseUrl, "Secrecy Learner")]);
  await getDb().user.update({ where: { id: teacherAccount.id }, data: { role: "teacher" } });
  const teacher = asActor(teacherAccount, "teacher");
  const questions = new Map<string, Question>();
  const write = async (set: Question[]) => {
    const ids = await createQuestions({ actor: teacher, questions: set });
    ids.forEach((id, i) => questions.set(id, set[i]!));
    return ids;
  };

  // A draw pool of three, behind a tag only they carry; the after_submit quiz draws two of them.
  const drawTag = `crawl draw ${run}`;
  const pool = questionSet("P", run, 9).filter((q) => ["short_answer", "numeric", "ordering"].includes(q.type));
  await write(pool.map((q) => ({ ...q, tags: [drawTag] })));

  const quizzes = [
    { label: "A", title: `Harbour after submit ${run}`, review: "after_submit", pageLayout: "all", draws: [{ tag: drawTag, count: 2 }] },
    { label: "B", title: `Harbour checked as you go ${run}`, review: "during", pageLayout: "all" },
    { label: "C", title: `Harbour one at a time ${run}`, review: "after_submit", pageLayout: "one" },
    { label: "D", title: `Harbour score only ${run}`, review: "score_only", pageLayout: "all", types: ["numeric", "short_answer", "matching"] },
    { label: "E", title: `Harbour after close ${run}`, review: "after_close", pageLayout: "all", types: ["ordering", "cloze", "multiple_response"], closeAt: new Date(Date.now() + 7 * 86_400_000) },
  ] as const;
  const made: { quizId: string; spec: (typeof quizzes)[number] }[] = [];
  for (const [i, spec] of quizzes.entries()) {
    const types: readonly QuestionType[] = "types" in spec ? spec.types : QUESTION_TYPES;
    const ids = await write(questionSet(spec.label, run, i).filter((q) => types.includes(q.type)));
    const quiz = await createQuiz({
      actor: teacher,
      input: { title: spec.title, questionIds: ids, draws: "draws" in spec ? [...spec.draws] : [], review: spec.review, pageLayout: spec.pageLayout, closeAt: "closeAt" in spec ? spec.closeAt : null, publish: true },
    });
    made.push({ quizId: quiz.id, spec });
  }

  // The learner is in the teacher's class, which has the after_submit quiz assigned.
  const className = `Harbour class ${run}`;
  const cls = await createClass({ actor: teacher, name: className });
  await joinClass({ actor: asActor(learner, "learner"), code: cls.joinCode });
  await assignQuiz({ actor: teacher, classId: cls.id, quizId: made[0]!.quizId });

  const apiResponses: SecrecyWorld["apiResponses"] = [];
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await requestAs(baseUrl, learner, path, { method, body });
    const text = await res.text();
    apiResponses.push({ url: `${method} ${path}`, status: res.status, body: text });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const save = (attemptId: string, questionId: string) => call("PUT", `/api/attempts/${attemptId}/answers/${questionId}`, { response: wrongResponse(questions.get(questionId)!) });

  const attempts: WorldAttempt[] = [];
  const revealed = new Set<string>();
  for (const { quizId, spec } of made) {
    const started = await call("POST", `/api/quizzes/${quizId}/attempts`);
    const attemptId = started.id as string;
    const view = (await call("GET", `/api/attempts/${attemptId}`)) as { questions: ShownQuestion[] };
    const questionIds = view.questions.map((q) => q.id);
    // The quiz's own questions come first, drawn ones after: this finds the quiz's own.
    const ofType = (type: QuestionType) => view.questions.find((q) => q.type === type)!.id;
    let status: WorldAttempt["status"] = "in_progress";
    if (spec.label === "A") {
      // Some answered (wrongly) and saved, the rest (and both drawn questions) not.
      for (const type of ["multiple_choice", "multiple_response", "numeric", "ordering", "matching"] as const) await save(attemptId, ofType(type));
    } else if (spec.label === "B") {
      // Checking the first question shows its key; the other seven stay secret.
      const first = questionIds[0]!;
      const checked = await save(attemptId, first);
      if (!checked.feedback) throw new Error("a checked answer in a 'during' quiz should come back with feedback");
      revealed.add(first);
    } else if (spec.label === "C") {
      await save(attemptId, questionIds[0]!);
      await save(attemptId, questionIds[1]!);
    } else {
      // Held back after submission (score only, or until the quiz closes): still secret.
      for (const id of questionIds) await save(attemptId, id);
      await call("POST", `/api/attempts/${attemptId}/submit`, {});
      status = "submitted";
    }
    attempts.push({ id: attemptId, quizId, title: spec.title, review: spec.review, onePerScreen: spec.pageLayout === "one", status, questionIds, shown: view.questions });
  }
  return { learner, questions, attempts, revealed, apiResponses, className, run };
}
