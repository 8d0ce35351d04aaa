// Simulated phones and a simulated host for live games, over plain HTTP and Server-Sent Events (no
// browser): the two-process test and `npm run bench:live` use them. Games and players are made
// straight in the database (joining through the form would make a guest account per phone, which
// takes long and tests nothing new here); everything after that goes through the real server.
import http from "node:http";
import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "@/prisma/client";
import { hashPlayerToken, PLAYER_COOKIE } from "@/app/_server/live/player-token";
import { nicknameKey } from "@/app/_server/live/rules";
import { createLearners } from "./session-fixture";

export interface LivePhone {
  playerId: string;
  /** The player cookie the join form would have set. */
  cookie: string;
}

export interface LiveFixture {
  teacherCookie: string;
  games: { id: string; phones: LivePhone[] }[];
  /** The right option of each question (every question has four; a game shows them in its own order). */
  rightAnswer: string[];
}

/** A teacher, a quiz of `questions` four-option questions, `games` games of it in the lobby with `players` each. */
export async function createLiveFixture(
  db: Db,
  { games, players, questions, seconds = 20, secret, runId }: { games: number; players: number; questions: number; seconds?: number; secret: string; runId: string },
): Promise<LiveFixture> {
  const [teacher] = await createLearners(db, 1, secret, `${runId}-host`);
  await db.user.update({ where: { id: teacher!.userId }, data: { role: "teacher" } });
  const rightAnswer: string[] = [];
  const made = [];
  for (let i = 0; i < questions; i++) {
    const choices = ["North harbour", "South harbour", "East harbour", "West harbour"].map((c) => `${c} ${i + 1}`);
    rightAnswer.push(choices[i % 4]!);
    made.push(
      await db.question.create({
        data: { type: "multiple_choice", prompt: `Which harbour opened its new pier in week ${i + 1}?`, choices: JSON.stringify(choices), answer: JSON.stringify(choices[i % 4]), status: "approved", authorId: teacher!.userId },
        select: { id: true },
      }),
    );
  }
  const quiz = await db.quiz.create({
    data: { title: `Harbour news ${runId}`, ownerId: teacher!.userId, status: "published", questions: { create: made.map((q, position) => ({ questionId: q.id, position, points: 1 })) } },
    select: { id: true },
  });
  const layout = JSON.stringify(made.map((q) => ({ questionId: q.id, points: 1 })));
  const learners = await createLearners(db, games * players, secret, `${runId}-phones`);
  const fixture: LiveFixture = { teacherCookie: teacher!.cookie, games: [], rightAnswer };
  for (let g = 0; g < games; g++) {
    const pin = String(randomInt(100_000, 1_000_000));
    const game = await db.liveGame.create({ data: { quizId: quiz.id, hostId: teacher!.userId, pin, activePin: pin, layout, secondsPerQuestion: seconds }, select: { id: true } });
    const phones = learners.slice(g * players, (g + 1) * players).map((learner, i) => {
      const token = randomBytes(32).toString("base64url");
      return { learner, token, nickname: `Phone ${i + 1}` };
    });
    await db.livePlayer.createMany({
      data: phones.map((p) => ({ gameId: game.id, userId: p.learner.userId, nickname: p.nickname, nicknameKey: nicknameKey(p.nickname), tokenHash: hashPlayerToken(p.token) })),
    });
    const rows = await db.livePlayer.findMany({ where: { gameId: game.id }, select: { id: true, tokenHash: true } });
    const idByHash = new Map(rows.map((r) => [r.tokenHash, r.id]));
    fixture.games.push({ id: game.id, phones: phones.map((p) => ({ playerId: idByHash.get(hashPlayerToken(p.token))!, cookie: `${PLAYER_COOKIE}=${p.token}` })) });
  }
  return fixture;
}

export type LiveMessage = Record<string, unknown> & { kind: string };

export interface EventStream {
  /** Every message so far, with when it arrived (performance.now()). */
  messages: { message: LiveMessage; at: number }[];
  /** Resolves with the first message (from now on, or already received) that `match` accepts. */
  waitFor(match: (m: LiveMessage) => boolean, timeoutMs?: number): Promise<{ message: LiveMessage; at: number }>;
  close(): void;
}

// No pooling limit: each stream holds its socket for the whole game, as a phone does.
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** Opens a game's event stream (`?as=host` for the host's) and keeps every message. */
export function openEventStream(baseUrl: string, path: string, cookie: string): Promise<EventStream> {
  const url = new URL(path, baseUrl);
  const messages: { message: LiveMessage; at: number }[] = [];
  const waiters: { match: (m: LiveMessage) => boolean; resolve: (v: { message: LiveMessage; at: number }) => void }[] = [];
  return new Promise((resolve, reject) => {
    const req = http.get({ agent: streamAgent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`event stream ${path} answered ${res.statusCode}`));
      }
      res.setEncoding("utf8");
      let buffered = "";
      res.on("data", (chunk: string) => {
        const at = performance.now();
        buffered += chunk;
        let end;
        while ((end = buffered.indexOf("\n\n")) >= 0) {
          const event = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          for (const line of event.split("\n")) {
            if (!line.startsWith("data: ")) continue;
            const entry = { message: JSON.parse(line.slice(6)) as LiveMessage, at };
            messages.push(entry);
            for (const waiter of [...waiters]) {
              if (waiter.match(entry.message)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(entry);
              }
            }
          }
        }
      });
      res.on("error", () => undefined);
      resolve({
        messages,
        waitFor(match, timeoutMs = 30_000) {
          const seen = messages.find((e) => match(e.message));
          if (seen) return Promise.resolve(seen);
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no matching message on ${path} within ${timeoutMs} ms; last: ${JSON.stringify(messages.at(-1)?.message)}`)), timeoutMs);
            timer.unref?.();
            waiters.push({ match, resolve: (v) => (clearTimeout(timer), done(v)) });
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
  });
}

const postAgent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** A JSON POST as a phone or the host sends it; the status, the body and how long it took. */
export function postJson(baseUrl: string, path: string, cookie: string, body: unknown): Promise<{ status: number; body: string; ms: number }> {
  const url = new URL(path, baseUrl);
  const payload = JSON.stringify(body);
  const started = performance.now();
  const attempt = (retried: boolean): Promise<{ status: number; body: string; ms: number }> =>
    new Promise((resolve) => {
      const req = http.request(
        { agent: postAgent, hostname: url.hostname, port: url.port, method: "POST", path: url.pathname, headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }));
          res.on("error", () => resolve({ status: 0, body: "", ms: performance.now() - started }));
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as we reused it: sent again, as a browser
        // does (Node's documentation for http.Agent). The time counts from the first try.
        if (!retried && req.reusedSocket && error.code === "ECONNRESET") return void attempt(true).then(resolve);
        resolve({ status: 0, body: error.code ?? error.message, ms: performance.now() - started });
      });
      req.setTimeout(30_000, () => req.destroy());
      req.end(payload);
    });
  return attempt(false);
}

export const hostCommand = (baseUrl: string, gameId: string, teacherCookie: string, command: string) => postJson(baseUrl, `/api/live/${gameId}/commands`, teacherCookie, { command });
export const phoneAnswer = (baseUrl: string, gameId: string, phone: LivePhone, questionIndex: number, choice: number) =>
  postJson(baseUrl, `/api/live/${gameId}/answers`, phone.cookie, { questionIndex, answer: { choice } });

/** Where `text` is among a question message's options (the game's own order). */
export function choiceOf(message: LiveMessage, text: string): number {
  const index = (message.options as string[] | null)?.indexOf(text) ?? -1;
  if (index < 0) throw new Error(`"${text}" is not among the options of ${JSON.stringify(message)}`);
  return index;
}
