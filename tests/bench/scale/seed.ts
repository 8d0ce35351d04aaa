// A large, realistic data set for the scale benchmark (tests/bench/scale.bench.ts): year-group
// classes of 500 learners, a hundred 20-question quizzes assigned to them, one attempt each (some
// learners try again) and a response per question, up to `responses` responses in all (1,000,000
// by default). Two targets the benchmark reads:
//   - a learner with a long history: hundreds of attempts, in one of the 500-learner classes;
//   - a quiz taken by all 500 learners of that class (its report is the big one).
//
// Rows go in with the raw drivers (better-sqlite3 prepared statements in one transaction, or
// multi-row INSERTs on PostgreSQL), not through Prisma: a million Prisma creates would take an hour.
// The schema is the real one, created by the real migrations before this runs. Values follow
// what the app writes (JSON columns, ISO timestamps on SQLite, layouts of { questionId, points }).
import Database from "better-sqlite3";
import pg from "pg";
import { hashPassword } from "better-auth/crypto";
import { pathToFileURL } from "node:url";
import { resolveDatabase } from "../../../prisma/database-url";
import { migrateDeploy } from "../../../scripts/lib/prisma-cli";

export const SCALE_PASSWORD = "scale benchmark passphrase";

export interface ScaleOptions {
  responses?: number;
  classes?: number;
  classSize?: number;
  quizzesPerClass?: number;
  questionsPerQuiz?: number;
  targetAttempts?: number;
}

export interface ScaleTargets {
  teacher: { id: string; email: string };
  learner: { id: string; email: string };
  quizId: string;
  counts: { users: number; quizzes: number; attempts: number; responses: number };
}

/** Deterministic pseudo-random numbers (mulberry32): the same data set on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FACT_KINDS = ["meeting", "role", "percentage", "count", "money", "date", "place", "other", null] as const;
const GRADINGS = ["highest", "latest", "first", "average"] as const;
const TAGS = Array.from({ length: 30 }, (_, i) => `topic-${i + 1}`);
const BASE_TIME = Date.UTC(2025, 8, 1, 8, 0, 0);

/**
 * Ids that sort in creation order, like the app's cuids (which start with a timestamp): a table's
 * rows then lie on disk in roughly the order of their ids, and PostgreSQL's planner, which reads
 * that correlation from its statistics, chooses as it would on a real database.
 */
const seqId = (kind: string, n: number) => `scale-${kind}-${String(n).padStart(9, "0")}`;
const DAY = 86_400_000;

type Row = unknown[];

/** Where the rows go: one table at a time, in batches, all in one transaction. */
interface Sink {
  insert(table: string, columns: string[], rows: Row[]): Promise<void>;
  finish(): Promise<void>;
}

/** SQLite stores Prisma DateTimes as ISO text with an explicit offset (the adapter's default). */
const sqliteValue = (v: unknown) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);

function sqliteSink(filePath: string): Sink {
  const db = new Database(filePath);
  // A throwaway database: durability is not needed while loading it.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.exec("BEGIN");
  const statements = new Map<string, Database.Statement>();
  return {
    async insert(table, columns, rows) {
      const key = `${table}(${columns.join(",")})`;
      let stmt = statements.get(key);
      if (!stmt) {
        stmt = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        statements.set(key, stmt);
      }
      for (const row of rows) stmt.run(...row.map(sqliteValue));
    },
    async finish() {
      db.exec("COMMIT");
      db.close();
    },
  };
}

async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  return {
    async insert(table, columns, rows) {
      // PostgreSQL takes at most 65,535 parameters per statement.
      const perStatement = Math.floor(60_000 / columns.length);
      for (let start = 0; start < rows.length; start += perStatement) {
        const batch = rows.slice(start, start + perStatement);
        const values = batch.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`, batch.flat());
      }
    },
    async finish() {
      await client.query("COMMIT");
      // Autovacuum would do this on a live database: statistics for the planner, and the visibility
      // map that lets index-only scans skip the table.
      await client.query("VACUUM ANALYZE");
      await client.end();
    },
  };
}

interface SeedQuestion {
  id: string;
  type: "multiple_choice" | "true_false" | "numeric";
  answer: unknown;
  choices?: string[];
  difficulty: number;
}

/** Fills a migrated, empty database. Returns the ids the benchmark reads. */
export async function seedScale(databaseUrl: string, options: ScaleOptions = {}): Promise<ScaleTargets> {
  const {
    responses: responseBudget = 1_000_000,
    classes = 4,
    classSize = 500,
    quizzesPerClass = 25,
    questionsPerQuiz = 20,
    targetAttempts = 300,
  } = options;
  const target = resolveDatabase(databaseUrl);
  const sink = target.provider === "sqlite" ? sqliteSink(target.filePath) : await postgresSink(target.url);
  const rnd = random(20260301);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const created = new Date(BASE_TIME - 30 * DAY);

  // People: one teacher owns everything; learners in classes of `classSize`. The first learner is
  // the target with the long history. Only the two signed-in accounts get a password.
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const teacher = { id: "scale-teacher", email: "teacher@scale.test" };
  const learners = Array.from({ length: classes * classSize }, (_, i) => ({ id: `scale-learner-${i}`, email: `learner-${i}@scale.test`, ability: 0.35 + rnd() * 0.55 }));
  const learner = learners[0]!;
  await sink.insert(
    "user",
    ["id", "name", "email", "emailVerified", "role", "isAnonymous", "createdAt", "updatedAt"],
    [[teacher.id, "Scale Teacher", teacher.email, true, "teacher", false, created, created], ...learners.map((l, i) => [l.id, `Learner ${i}`, l.email, true, "learner", false, created, created])],
  );
  await sink.insert(
    "account",
    ["id", "accountId", "providerId", "userId", "password", "createdAt", "updatedAt"],
    [teacher, learner].map((u) => [`account-${u.id}`, u.id, "credential", u.id, passwordHash, created, created]),
  );

  // Questions and quizzes.
  const quizCount = classes * quizzesPerClass;
  const tagIds = TAGS.map((name, i) => ({ id: `scale-tag-${i}`, name }));
  await sink.insert("Tag", ["id", "name"], tagIds.map((t) => [t.id, t.name]));
  const quizzes: { id: string; questions: SeedQuestion[] }[] = [];
  const questionRows: Row[] = [];
  const questionTags: Row[] = [];
  const quizRows: Row[] = [];
  const quizQuestionRows: Row[] = [];
  for (let z = 0; z < quizCount; z++) {
    const questions: SeedQuestion[] = [];
    for (let k = 0; k < questionsPerQuiz; k++) {
      const id = `scale-q-${z}-${k}`;
      const roll = rnd();
      const q: SeedQuestion =
        roll < 0.5
          ? { id, type: "multiple_choice", choices: ["Harbour", "Airport", "Station", "Bridge"], answer: "Harbour", difficulty: rnd() }
          : roll < 0.75
            ? { id, type: "true_false", answer: rnd() < 0.5, difficulty: rnd() }
            : { id, type: "numeric", answer: Math.floor(rnd() * 500), difficulty: rnd() };
      questions.push(q);
      questionRows.push([
        id, q.type, `Seeded question ${k + 1} of quiz ${z + 1}: what did the report say?`, q.choices ? JSON.stringify(q.choices) : null, JSON.stringify(q.answer),
        q.type === "numeric" ? 0 : null, "", "approved", pick(FACT_KINDS), q.difficulty, 1, teacher.id, created, created,
      ]);
      for (const t of new Set([pick(tagIds), pick(tagIds)].slice(0, Math.floor(rnd() * 3)))) questionTags.push([id, t.id]);
      quizQuestionRows.push([`scale-quiz-${z}`, id, k, 1]);
    }
    quizzes.push({ id: `scale-quiz-${z}`, questions });
    quizRows.push([`scale-quiz-${z}`, `Seeded quiz ${z + 1}`, "", teacher.id, "published", JSON.stringify({ grading: GRADINGS[z % GRADINGS.length] }), false, "[]", created, created]);
  }
  await sink.insert(
    "Question",
    ["id", "type", "prompt", "choices", "answer", "tolerance", "explanation", "status", "factKind", "difficulty", "version", "authorId", "createdAt", "updatedAt"],
    questionRows,
  );
  await sink.insert("QuestionTag", ["questionId", "tagId"], questionTags);
  await sink.insert("Quiz", ["id", "title", "description", "ownerId", "status", "settings", "isDemo", "drawRules", "createdAt", "updatedAt"], quizRows);
  await sink.insert("QuizQuestion", ["quizId", "questionId", "position", "points"], quizQuestionRows);

  // Classes: class c is assigned quizzes c*quizzesPerClass ... (c+1)*quizzesPerClass-1.
  const classRows: Row[] = [];
  const members: Row[] = [];
  const assignments: Row[] = [];
  for (let c = 0; c < classes; c++) {
    classRows.push([`scale-class-${c}`, `Year group ${c + 1}`, teacher.id, `SCALE${c}`, created]);
    for (let i = 0; i < classSize; i++) members.push([`scale-class-${c}`, learners[c * classSize + i]!.id, created]);
    for (let k = 0; k < quizzesPerClass; k++) assignments.push([quizzes[c * quizzesPerClass + k]!.id, `scale-class-${c}`, created]);
  }
  await sink.insert("Classroom", ["id", "name", "ownerId", "joinCode", "createdAt"], classRows);
  await sink.insert("ClassMember", ["classId", "userId", "joinedAt"], members);
  await sink.insert("QuizAssignment", ["quizId", "classId", "assignedAt"], assignments);

  // Attempts, in the order learners would make them; flushed in batches to bound memory.
  let attempts = 0;
  let responses = 0;
  let attemptRows: Row[] = [];
  let responseRows: Row[] = [];
  const flush = async () => {
    await sink.insert("Attempt", ["id", "quizId", "userId", "status", "startedAt", "submittedAt", "score", "maxScore", "layout", "preview"], attemptRows);
    await sink.insert("Response", ["id", "attemptId", "questionId", "questionVersion", "response", "fraction", "points", "answeredAt"], responseRows);
    attemptRows = [];
    responseRows = [];
  };
  const attempt = async (who: { id: string; ability: number }, quiz: (typeof quizzes)[number], day: number) => {
    const id = seqId("attempt", attempts++);
    const startedAt = new Date(BASE_TIME + day * DAY + Math.floor(rnd() * 10 * 3_600_000));
    const submittedAt = new Date(startedAt.getTime() + (180 + Math.floor(rnd() * 900)) * 1000);
    let score = 0;
    for (const q of quiz.questions) {
      const right = rnd() < who.ability * (1.2 - q.difficulty * 0.6);
      const given = right ? q.answer : q.type === "multiple_choice" ? pick(q.choices!.slice(1)) : q.type === "true_false" ? !q.answer : (q.answer as number) + 1 + Math.floor(rnd() * 20);
      score += right ? 1 : 0;
      responseRows.push([seqId("response", responses++), id, q.id, 1, JSON.stringify(given), right ? 1 : 0, right ? 1 : 0, submittedAt]);
    }
    const layout = JSON.stringify(quiz.questions.map((q) => ({ questionId: q.id, points: 1 })));
    attemptRows.push([id, quiz.id, who.id, "submitted", startedAt, submittedAt, score, quiz.questions.length, layout, false]);
    if (responseRows.length >= 50_000) await flush();
  };

  // The target learner first: their class's quizzes again and again, a few a week for a school year.
  for (let n = 0; n < targetAttempts && responses + questionsPerQuiz <= responseBudget; n++) {
    await attempt(learner, quizzes[n % quizzesPerClass]!, Math.floor((n * 300) / targetAttempts));
  }
  // Everyone else, class by class, quiz by quiz; one in ten tries a quiz twice. The budget may cut
  // the last class short, like a term not yet finished.
  fill: for (let c = 0; c < classes; c++) {
    for (let k = 0; k < quizzesPerClass; k++) {
      for (let i = c === 0 ? 1 : 0; i < classSize; i++) {
        const tries = rnd() < 0.1 ? 2 : 1;
        for (let t = 0; t < tries; t++) {
          if (responses + questionsPerQuiz > responseBudget) break fill;
          await attempt(learners[c * classSize + i]!, quizzes[c * quizzesPerClass + k]!, k * 10 + t * 3 + Math.floor(rnd() * 3));
        }
      }
    }
  }
  await flush();
  await sink.finish();
  return {
    teacher,
    learner: { id: learner.id, email: learner.email },
    quizId: quizzes[0]!.id,
    counts: { users: learners.length + 1, quizzes: quizCount, attempts, responses },
  };
}

// `npx tsx tests/bench/scale/seed.ts DATABASE_URL [RESPONSES]`: migrate a new, empty database and
// fill it, to look around in (sign in as teacher@scale.test or learner-0@scale.test with SCALE_PASSWORD).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2];
  if (!url) throw new Error("usage: tsx tests/bench/scale/seed.ts DATABASE_URL [RESPONSES]");
  migrateDeploy(url);
  console.log(await seedScale(url, { responses: Number(process.argv[3] ?? 1_000_000) }), `\npassword: ${SCALE_PASSWORD}`);
}
