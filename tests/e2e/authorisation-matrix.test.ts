// Every page and route handler, requested over HTTP from the production build by everyone who
// might ask: nobody, a guest, two learners, two teachers and an admin. No browser is needed: what
// is checked is the status, where a redirect goes, and whether the body gives anything away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./support/app-server";
import { ACTORS, buildWorld, useServerDatabase, type ActorName, type World } from "./support/authz-world";
import { requestAs } from "./support/http-accounts";
import { ROUTE_MATRIX, type RouteCase } from "./support/route-matrix";
import { callAction, listBuiltActions, type BuiltAction } from "./support/built-actions";
import { listAppRoutes } from "../support/app-routes";
import { ACTION_MATRIX } from "../support/action-matrix";
import { getDb } from "@/prisma/client";

let server: AppServer;
let world: World;

beforeAll(async () => {
  server = await startAppServer();
  useServerDatabase(server.databaseUrl);
  world = await buildWorld(server.baseUrl);
});

afterAll(async () => {
  await server?.stop();
});

/**
 * A 404 body in a form that can be compared between "someone else's" and "made up": the ids in
 * the address replaced (Next writes the requested segments into the page), and the React payload
 * that follows the HTML taken apart into its rows and sorted, since rows stream in whatever order
 * the server's work finishes.
 */
function comparable404(body: string, path: string, other: string): string {
  const mine = path.split(/[/?]/);
  const theirs = other.split(/[/?]/);
  // Each page gets a fresh CSP nonce: the same policy, a different number.
  let out = body.replace(/nonce="[^"]*"/g, 'nonce=""').replace(/\\"nonce\\":\\"[^"\\]*\\"/g, '\\"nonce\\":\\"\\"');
  mine.forEach((segment, i) => {
    if (segment && segment !== theirs[i]) out = out.replaceAll(segment, `<segment ${i}>`);
  });
  const payload = [...out.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]!) as string).join("");
  const html = out.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  return `${html}\n${payload.split("\n").sort().join("\n")}`;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))} vs ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}`;
}

async function problemsFor(actor: ActorName, c: RouteCase): Promise<string[]> {
  const account = world.accounts[actor];
  const path = c.path(world);
  const send = { method: c.method, body: c.body?.(world) };
  const res = await requestAs(server.baseUrl, account, path, send);
  const body = await res.text();
  const shows = c.shows?.(world);
  const expected = c.expect[actor];
  const problems: string[] = [];
  const problem = (what: string) => problems.push(`${actor} ${c.method ?? "GET"} ${path}: expected ${JSON.stringify(expected)}, ${what}`);
  const location = res.headers.get("location");

  if (expected === "ok" || expected === "hidden") {
    if (res.status !== 200) problem(`got ${res.status}${location ? ` to ${location}` : ""}`);
    else if (shows && expected === "ok" && !body.includes(shows)) problem(`the page does not show "${shows}"`);
  } else if (expected === "signIn" || expected === "home") {
    const want = expected === "home" ? "/" : `/sign-in?next=${encodeURIComponent(path)}`;
    if (res.status !== 307 || location !== want) problem(`got ${res.status} to ${location}, not 307 to ${want}`);
  } else if (typeof expected === "object") {
    if (res.status !== expected.status) problem(`got ${res.status}${location ? ` to ${location}` : ""}`);
  } else {
    if (res.status !== 404) problem(`got ${res.status}${location ? ` to ${location}` : ""}`);
    if (c.missing && res.status === 404) {
      const missingPath = c.missing(world);
      const other = await requestAs(server.baseUrl, account, missingPath, send);
      const otherBody = await other.text();
      if (other.status !== res.status) problem(`a made-up id answers ${other.status}, so ids can be probed`);
      else {
        const [mine, theirs] = [comparable404(body, path, missingPath), comparable404(otherBody, missingPath, path)];
        if (mine !== theirs) problem(`the 404 differs from the one for ${missingPath}: ${firstDifference(mine, theirs)}`);
      }
    }
  }
  // Whatever the outcome, a refusal must not carry what it refuses.
  if (shows && expected !== "ok" && body.includes(shows)) problem(`the response contains "${shows}"`);
  const extra = res.status === 200 ? c.check?.(body, actor, world) : null;
  if (extra) problem(extra);
  return problems;
}

describe("authorisation matrix: pages and route handlers", () => {
  it("has a row for every page and route handler under app/, and none for files that are gone", () => {
    const files = listAppRoutes();
    const rows = new Set(Object.keys(ROUTE_MATRIX));
    const unlisted = files.filter((f) => !rows.has(f.route)).map((f) => `${f.file} (add "${f.route}" to tests/e2e/support/route-matrix.ts)`);
    const stale = [...rows].filter((r) => !files.some((f) => f.route === r));
    expect(unlisted).toEqual([]);
    expect(stale).toEqual([]);
    expect(files.length).toBeGreaterThan(20); // the walk really found the app
  });

  for (const [route, cases] of Object.entries(ROUTE_MATRIX)) {
    for (const c of cases) {
      it.concurrent(`${route}${c.label ? ` (${c.label})` : ""}`, async () => {
        const problems = (await Promise.all(ACTORS.map((actor) => problemsFor(actor, c)))).flat();
        expect(problems).toEqual([]);
      });
    }
  }
});

function builtAction(name: string): BuiltAction {
  const action = listBuiltActions().find((a) => a.name === name);
  if (!action) throw new Error(`${name} is not in the build`);
  return action;
}

// The source says which guard each action awaits first (tests/integration/authorisation-actions
// .test.ts); here the built actions are called as the browser would, to see the guard at work.
describe("authorisation matrix: server actions over HTTP", () => {
  it("the build holds exactly the actions in ACTION_MATRIX", () => {
    const built = listBuiltActions().map((a) => `${a.file}#${a.name}`);
    const rows = Object.entries(ACTION_MATRIX).map(([name, row]) => `${row.file}#${name}`);
    expect(built.sort()).toEqual(rows.sort());
  });

  for (const [name, row] of Object.entries(ACTION_MATRIX)) {
    const guard = row.guard;
    if (typeof guard !== "string") continue;
    it.concurrent(`${name}: ${guard} turns away ${guard === "requireTeacher" ? "nobody, guests and learners" : "nobody"}`, async () => {
      const action = builtAction(name);
      // Made-up arguments: the guard must act before any of them is looked at.
      const anonymous = await callAction(server.baseUrl, null, action, ["x"]);
      expect(anonymous.headers.get("x-action-redirect") ?? `no redirect (${anonymous.status})`).toMatch(/^\/sign-in\?next=/);
      if (guard === "requireTeacher") {
        for (const actor of ["guest", "learnerA"] as const) {
          const res = await callAction(server.baseUrl, world.accounts[actor], action, ["x"]);
          expect([actor, res.status, res.headers.get("x-action-redirect")]).toEqual([actor, 404, null]);
        }
      }
    });
  }

  it("a guest accepting an invitation is sent to sign up, and the invitation stays unused", async () => {
    const res = await callAction(server.baseUrl, world.accounts.guest, builtAction("acceptInviteAction"), [world.inviteToken]);
    expect(res.headers.get("x-action-redirect")).toMatch(/^\/sign-up\?next=%2Finvite%2F/);
    const invites = await getDb().invite.findMany({ where: { createdById: world.accounts.admin!.id }, select: { usedAt: true } });
    expect(invites).toEqual([{ usedAt: null }]);
  });
});
