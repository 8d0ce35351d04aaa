// The load benchmark's yardstick: a bare node:http server that saves an answer the way the app
// must (session cookie checked and looked up, attempt ownership and state checked, the question
// loaded and the answer graded, the response upserted) straight through the database driver, with
// no framework, ORM or logging. Our throughput is reported as a fraction of this one's.
//   tsx --conditions=react-server tests/bench/load/baseline-server.ts PORT   (DATABASE_URL, BETTER_AUTH_SECRET)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabase } from "@/prisma/database-url";
import { gradeResponse } from "@/questions/grade";
import { responseSchema } from "@/questions/schema";
import { toDomainQuestion, type QuestionRow } from "@/app/_server/bank/question-record";

interface Store {
  session(token: string): Promise<{ userId: string; expiresAt: Date } | undefined>;
  /** The attempt, with the question's columns (null when there is no such question): one round trip, as the app does. */
  attempt(id: string, userId: string, questionId: string): Promise<({ status: string; layout: string } & QuestionRow & { version: number | null }) | undefined>;
  upsert(row: { attemptId: string; questionId: string; questionVersion: number; response: string; fraction: number; points: number }): Promise<void>;
}

const QUESTION_COLUMNS = ["version", "type", "prompt", "choices", "answer", "acceptedAnswers", "tolerance", "explanation", "sourceSentence", "sourceStart", "sourceEnd", "factKind", "difficulty", "score"].map((c) => `x."${c}"`).join(", ");
// Parameters in the order they appear (SQLite's `?` are positional): question, attempt, user.
const attemptWithQuestion = (p: (n: number) => string) =>
  `SELECT a."status", a."layout", ${QUESTION_COLUMNS} FROM "Attempt" a LEFT JOIN "Question" x ON x."id" = ${p(1)} WHERE a."id" = ${p(2)} AND a."userId" = ${p(3)}`;

function sqliteStore(filePath: string): Store {
  const db = new Database(filePath);
  db.pragma("busy_timeout = 5000");
  const session = db.prepare(`SELECT "userId", "expiresAt" FROM "session" WHERE "token" = ?`);
  const attempt = db.prepare(attemptWithQuestion(() => "?"));
  const upsert = db.prepare(
    `INSERT INTO "Response" ("id", "attemptId", "questionId", "questionVersion", "response", "fraction", "points", "answeredAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "questionVersion" = excluded."questionVersion", "response" = excluded."response",
       "fraction" = excluded."fraction", "points" = excluded."points", "answeredAt" = excluded."answeredAt"`,
  );
  return {
    session: async (token) => {
      const row = session.get(token) as { userId: string; expiresAt: number | string } | undefined;
      return row && { userId: row.userId, expiresAt: new Date(row.expiresAt) };
    },
    attempt: async (id, userId, questionId) => {
      const row = attempt.get(questionId, id, userId) as ({ status: string; layout: string } & QuestionRow & { version: number | bigint | null }) | undefined;
      return row && { ...row, version: row.version === null ? null : Number(row.version) };
    },
    upsert: async (r) => void upsert.run(randomUUID(), r.attemptId, r.questionId, r.questionVersion, r.response, r.fraction, r.points, new Date().toISOString().replace("Z", "+00:00")),
  };
}

function postgresStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Named statements, prepared once per connection: the driver's fastest way, as SQLite's are above.
  const session = { name: "baseline_session", text: `SELECT "userId", "expiresAt" FROM "session" WHERE "token" = $1` };
  const attempt = { name: "baseline_attempt", text: attemptWithQuestion((n) => `$${n}`) };
  const upsert = {
    name: "baseline_upsert",
    text: `INSERT INTO "Response" ("id", "attemptId", "questionId", "questionVersion", "response", "fraction", "points", "answeredAt")
      VALUES ($1, $2, $3, $4, $5, $6, $7, now())
      ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "questionVersion" = excluded."questionVersion", "response" = excluded."response",
        "fraction" = excluded."fraction", "points" = excluded."points", "answeredAt" = excluded."answeredAt"`,
  };
  return {
    session: async (token) => (await pool.query({ ...session, values: [token] })).rows[0],
    attempt: async (id, userId, questionId) => (await pool.query({ ...attempt, values: [questionId, id, userId] })).rows[0],
    upsert: async (r) => void (await pool.query({ ...upsert, values: [randomUUID(), r.attemptId, r.questionId, r.questionVersion, r.response, r.fraction, r.points] })),
  };
}

/** better-auth's signed cookie (our prefix "newsquiz"): `token.base64(HMAC-SHA256(secret, token))`, URI-encoded. */
function sessionToken(cookieHeader: string | undefined, secret: string): string | undefined {
  const raw = cookieHeader?.split(/;\s*/).find((c) => c.startsWith("newsquiz.session_token="));
  if (!raw) return undefined;
  const value = decodeURIComponent(raw.slice(raw.indexOf("=") + 1));
  const dot = value.lastIndexOf(".");
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : undefined;
}

const ANSWER_PATH = /^\/api\/attempts\/([\w-]{1,64})\/answers\/([\w-]{1,64})$/;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 64 * 1024) throw new Error("too large");
  }
  return text;
}

async function saveAnswer(store: Store, secret: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const match = req.method === "PUT" ? ANSWER_PATH.exec(req.url ?? "") : null;
  if (!match) return send(res, 404, { error: "Not found." });
  const [, attemptId, questionId] = match as unknown as [string, string, string];
  const token = sessionToken(req.headers.cookie, secret);
  const session = token ? await store.session(token) : undefined;
  if (!session || session.expiresAt.getTime() < Date.now()) return send(res, 401, { error: "Sign in first." });
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return send(res, 400, { error: "The body is not valid JSON." });
  }
  const parsed = responseSchema.safeParse((body as { response?: unknown } | null)?.response);
  if (!parsed.success) return send(res, 400, { error: "The request body is not valid." });
  const attempt = await store.attempt(attemptId, session.userId, questionId);
  if (!attempt) return send(res, 404, { error: "Attempt not found" });
  if (attempt.status !== "in_progress") return send(res, 409, { error: "This attempt has been submitted." });
  const entry = (JSON.parse(attempt.layout) as { questionId: string; points: number }[]).find((l) => l.questionId === questionId);
  if (!entry || attempt.version === null) return send(res, 404, { error: "Question not found" });
  const row = { ...attempt, version: attempt.version };
  const { fraction } = gradeResponse(toDomainQuestion(row), parsed.data);
  await store.upsert({ attemptId, questionId, questionVersion: row.version, response: JSON.stringify(parsed.data), fraction, points: fraction * entry.points });
  send(res, 200, { saved: true });
}

const port = Number(process.argv[2]);
const secret = process.env.BETTER_AUTH_SECRET ?? "";
const target = resolveDatabase();
const store = target.provider === "sqlite" ? sqliteStore(target.filePath) : postgresStore(target.url);
createServer((req, res) => {
  saveAnswer(store, secret, req, res).catch((error: Error) => send(res, 500, { error: error.message }));
}).listen(port, "127.0.0.1", () => console.log(`baseline listening on ${port}`));
