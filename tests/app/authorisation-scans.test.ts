// The two scans the authorisation matrices rely on, tried on small made-up app folders: if they
// missed a page or misread a guard, the matrices would pass without covering the app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listAppRoutes } from "../support/app-routes";
import { scanServerActions } from "../support/server-actions";

let dir: string;

function appWith(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), "newsquiz-scan-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("listAppRoutes", () => {
  it("finds pages and routes, skips private folders, and drops route groups from the address", () => {
    const app = appWith({
      "page.tsx": "",
      "teach/[quizId]/page.tsx": "",
      "(learner)/history/page.tsx": "",
      "api/export/route.ts": "",
      "_components/page.tsx": "",
      "teach/[quizId]/layout.tsx": "",
    });
    expect(listAppRoutes(app).map((r) => [r.route, r.kind])).toEqual([
      ["/", "page"],
      ["/api/export", "route"],
      ["/history", "page"],
      ["/teach/[quizId]", "page"],
    ]);
  });
});

describe("scanServerActions", () => {
  it("reads the first await and the use cases given the actor", () => {
    const app = appWith({
      "_server/x-actions.ts": `"use server";
export async function guarded(id: string) {
  const clean = id.trim();
  const actor = await requireTeacher();
  await doThing({ actor, id: clean });
  await helper(clean);
}
export const late = async () => {
  await readDb({ id: 1 });
  const actor = await requireUser();
  return other({ actor });
};
export interface NotAnAction { a: string }`,
      "_server/plain.ts": "export async function notAnAction() { await x(); }",
    });
    const scan = scanServerActions(app);
    expect(scan.problems).toEqual([]);
    expect(scan.actions.map(({ name, firstAwait, useCases }) => ({ name, firstAwait, useCases }))).toEqual([
      { name: "guarded", firstAwait: "requireTeacher", useCases: ["doThing"] },
      { name: "late", firstAwait: "readDb", useCases: ["other"] },
    ]);
  });

  it("refuses inline actions and re-exports, which it could not vouch for", () => {
    const app = appWith({
      "page.tsx": `export default function Page() {
  async function act() { "use server"; await db(); }
  return <form action={act} />;
}`,
      "_server/y-actions.ts": `"use server";
export { something } from "./elsewhere";`,
    });
    expect(scanServerActions(app).problems).toEqual([
      expect.stringMatching(/_server\/y-actions\.ts: re-exports/),
      expect.stringMatching(/page\.tsx: inline "use server"/),
    ]);
  });
});
