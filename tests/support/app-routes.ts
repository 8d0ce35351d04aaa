// Every page and route handler under app/, read from the file system, so a test can insist that
// each one has been given an authorisation decision.
import { readdirSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** The address pattern Next serves it at, e.g. "/teach/quizzes/[quizId]". */
  route: string;
  kind: "page" | "route";
  /** Relative to the repository root, e.g. "app/teach/quizzes/[quizId]/page.tsx". */
  file: string;
}

const ENTRY_FILES: Record<string, AppRoute["kind"]> = {
  "page.tsx": "page",
  "page.ts": "page",
  "page.jsx": "page",
  "page.js": "page",
  "route.ts": "route",
  "route.js": "route",
};

export function listAppRoutes(appDir = "app"): AppRoute[] {
  const found: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // `_folder` is private (never routed); `(group)` organises files without adding a segment.
        if (entry.name.startsWith("_")) continue;
        const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
        walk(path.join(dir, entry.name), [...segments, ...segment]);
      } else if (ENTRY_FILES[entry.name]) {
        found.push({ route: `/${segments.join("/")}`, kind: ENTRY_FILES[entry.name]!, file: path.join(dir, entry.name) });
      }
    }
  };
  walk(appDir, []);
  return found.sort((a, b) => a.route.localeCompare(b.route));
}
