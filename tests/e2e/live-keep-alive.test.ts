// A phone's kept-alive connection survives the seconds between two answers. Node closes an idle
// connection after 5 s by default (6 s in practice); a phone that reuses its socket just as the
// server closes it gets ECONNRESET, and its answer, a POST, is not sent again: bench:live saw it
// (decision 031). The server keeps idle connections for longer than a question (server.ts).
// A raw socket, not http.Agent: Node's agent closes its own idle sockets early by the server's
// Keep-Alive hint, which would hide what the server does.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { E2E_AUTH_SECRET, startAppServer, type AppServer } from "./support/app-server";
import { choiceOf, createLiveFixture, hostCommand, openEventStream, type EventStream, type LiveFixture } from "./support/live-phones";

/** One HTTP/1.1 exchange on `socket`: the status and the Keep-Alive header of the reply. */
function exchange(socket: net.Socket, request: string): Promise<{ status: number; keepAlive: string | undefined }> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = text.slice(0, headEnd);
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (Buffer.byteLength(text.slice(headEnd + 4)) < length) return;
      socket.off("data", onData);
      resolve({ status: Number(head.split(" ")[1]), keepAlive: /keep-alive: ([^\r]+)/i.exec(head)?.[1] });
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.write(request);
  });
}

const answerRequest = (gameId: string, cookie: string, choice: number) => {
  const body = JSON.stringify({ questionIndex: 0, answer: { choice } });
  return `POST /api/live/${gameId}/answers HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe("a phone's kept-alive connection between answers", () => {
  let app: AppServer;
  let db: Db;
  let fixture: LiveFixture;
  let stream: EventStream;

  beforeAll(async () => {
    app = await startAppServer();
    db = createDb(resolveDatabase(app.databaseUrl));
    fixture = await createLiveFixture(db, { games: 1, players: 2, questions: 1, secret: E2E_AUTH_SECRET, runId: "keep-alive" });
  });
  afterAll(async () => {
    stream?.close();
    await db?.$disconnect();
    await app?.stop();
  });

  it("is still open after 7 s idle, and the next answer on it is taken", async () => {
    const [game] = fixture.games;
    const [first, second] = game!.phones;
    stream = await openEventStream(app.baseUrl, `/api/live/${game!.id}/events`, first!.cookie);
    expect((await hostCommand(app.baseUrl, game!.id, fixture.teacherCookie, "start")).status).toBe(200);
    const { message } = await stream.waitFor((m) => m.kind === "question");
    const choice = choiceOf(message, fixture.rightAnswer[0]!);

    const url = new URL(app.baseUrl);
    const socket = net.connect(Number(url.port), url.hostname);
    let closedAt: number | null = null;
    socket.on("close", () => (closedAt = performance.now()));
    const reply = await exchange(socket, answerRequest(game!.id, first!.cookie, choice));
    expect(reply.status).toBe(200);
    // The server announces how long it keeps the connection: well beyond a question's 20 s.
    expect(Number(/timeout=(\d+)/.exec(reply.keepAlive ?? "")?.[1])).toBeGreaterThan(120);

    await new Promise((r) => setTimeout(r, 7000));
    expect(closedAt).toBeNull();
    // A second phone's answer on the same connection (the body of the exchange does not matter here).
    expect((await exchange(socket, answerRequest(game!.id, second!.cookie, choice))).status).toBe(200);
    socket.destroy();
  });
});
