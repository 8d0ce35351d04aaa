// The server actions in the production build, from Next's manifest, and a way to call one over
// HTTP as the browser does (a POST with the action's id), with arguments of our choosing.
import { readFileSync } from "node:fs";
import type { HttpAccount } from "./http-accounts";

export interface BuiltAction {
  id: string;
  /** e.g. "app/_server/classes/class-actions.ts" */
  file: string;
  name: string;
  /** A page whose bundle holds the action (the POST goes there), dynamic segments filled in. */
  page: string;
}

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

export function listBuiltActions(manifestPath = ".next/server/server-reference-manifest.json"): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => !w.includes("_not-found"));
    if (!worker) throw new Error(`${entry.exportedName} is bundled with no page`);
    const page = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "x") || "/";
    return { id, file: entry.filename, name: entry.exportedName, page };
  });
}

export function callAction(baseUrl: string, account: Pick<HttpAccount, "cookie"> | null, action: BuiltAction, args: unknown[]): Promise<Response> {
  return fetch(`${baseUrl}${action.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      // Plain values travel as JSON text, as React's encodeReply sends them.
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      // Next refuses actions whose Origin is not the host (CSRF).
      origin: baseUrl,
      ...(account?.cookie ? { cookie: account.cookie } : {}),
    },
    body: JSON.stringify(args),
  });
}
