// Server actions: every exported action has a row in ACTION_MATRIX, calls the guard the row names
// before it awaits anything else, and hands the actor only to the use cases the row names; each of
// those use cases is then run as every kind of actor against the real database.
//
// Why not call the actions themselves: they read the session from Next's request scope (headers,
// cookies) and answer with redirects, which exist only inside a Next server; over HTTP they need
// build-specific action ids. The guard is read from the source instead, and the decisions that
// depend on *which* object (someone else's attempt, quiz, class) live in the use cases, which
// are exercised here for real. Anonymous callers are the guard's business: requireUser and
// requireTeacher redirect them, which the page matrix (tests/e2e/authorisation-matrix.test.ts)
// shows over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";
import { scanServerActions } from "../support/server-actions";
import { articlePage, startLocalSite, type LocalSite } from "../support/local-site";
import { ACTION_MATRIX } from "../support/action-matrix";
import { ACTORS, buildWorld, USE_CASE_MATRIX, type Outcome, type World } from "./use-case-matrix";

const scan = scanServerActions();

describe("every server action is in the matrix", () => {
  it("finds the actions (the scan works)", () => {
    expect(scan.actions.length).toBeGreaterThan(20);
    expect(scan.problems).toEqual([]);
  });

  it("has a row for every exported action, and none for actions that are gone", () => {
    const found = scan.actions.map((a) => `${a.file}#${a.name}`).sort();
    const rows = Object.entries(ACTION_MATRIX).map(([name, row]) => `${row.file}#${name}`).sort();
    expect(found.filter((a) => !rows.includes(a)), "actions without a row in tests/support/action-matrix.ts").toEqual([]);
    expect(rows.filter((r) => !found.includes(r)), "rows for actions that no longer exist").toEqual([]);
  });

  for (const action of scan.actions) {
    it(`${action.name} checks who is asking first, and hands the actor only to listed use cases`, () => {
      const row = ACTION_MATRIX[action.name];
      expect(row, `add ${action.name} to ACTION_MATRIX`).toBeDefined();
      if (typeof row!.guard === "string") expect(action.firstAwait).toBe(row!.guard);
      else {
        expect(row!.guard.none.length).toBeGreaterThan(10);
        expect(["requireUser", "requireTeacher"]).not.toContain(action.firstAwait); // a guard now: name it in the row
      }
      expect(action.useCases).toEqual([...row!.useCases].sort());
      for (const useCase of action.useCases) expect(USE_CASE_MATRIX[useCase], `add ${useCase} to USE_CASE_MATRIX`).toBeDefined();
    });
  }

  it("exercises no use case that no action calls", () => {
    const called = new Set(Object.values(ACTION_MATRIX).flatMap((r) => r.useCases));
    expect(Object.keys(USE_CASE_MATRIX).filter((u) => !called.has(u))).toEqual([]);
  });
});

function outcomeOf(result: PromiseSettledResult<unknown>): Outcome | string {
  if (result.status === "fulfilled") return "ok";
  const error = result.reason as Error;
  // NotFoundError first: some refusals (an attempt limit) are ForbiddenError subclasses, none are both.
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ForbiddenError) return "forbidden";
  return `${error.name}: ${error.message}`;
}

describe("the use cases behind the actions, as each actor", () => {
  let site: LocalSite;
  let world: World;
  const previousAllow = process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS;

  beforeAll(async () => {
    site = await startLocalSite();
    site.routes.set("/news/ferry", {
      type: "text/html",
      body: articlePage({
        headline: "Island states agree to share a ferry service",
        published: "2025-03-03T08:00:00Z",
        paragraphs: [
          "Transport ministers from Vanuatu, Fiji and Samoa met in Port Vila on Monday to restart talks on a shared ferry service.",
          "The service would link eleven harbours and cost about $40 million to set up, officials said.",
          "A final decision is expected in June, when the ministers meet again in Suva.",
        ],
      }),
    });
    site.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><item><title>Ferry</title><link>${site.origin}/news/ferry</link></item></channel></rss>`,
    });
    // As an admin would allow a site on the school's own network.
    process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS = "127.0.0.1";
    world = await buildWorld({ articleUrl: `${site.origin}/news/ferry`, feedUrl: `${site.origin}/feed.xml` });
  });

  afterAll(async () => {
    process.env.NEWSQUIZ_FETCH_ALLOW_HOSTS = previousAllow;
    await site?.close();
  });

  for (const [useCase, cases] of Object.entries(USE_CASE_MATRIX)) {
    for (const c of cases) {
      it(`${useCase}: ${c.label}`, async () => {
        // One actor after another: some cases change shared rows (an attempt, a card).
        const got: Record<string, Outcome | string> = {};
        for (const actor of ACTORS) got[actor] = outcomeOf((await Promise.allSettled([c.run(world, world.actors[actor])]))[0]!);
        expect(got).toEqual(c.expect);
      });
    }
  }
});
