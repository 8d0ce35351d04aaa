// One app server and one Chromium for a test file: started in beforeAll, stopped in afterAll.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startAppServer, type AppServer } from "./app-server";

export const SHOTS = "test-results/screenshots";

export interface AppInBrowser {
  server: AppServer;
  browser: Browser;
  /** A first page at the given viewport; open more with browser.newPage / newContext. */
  page: Page;
}

export async function openApp(chromiumPath: string, viewport: { width: number; height: number }): Promise<AppInBrowser> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startAppServer();
  const browser = await launchChromium(chromiumPath);
  const page = await browser.newPage({ viewport });
  return { server, browser, page };
}

export async function closeApp(app: Partial<AppInBrowser> | undefined): Promise<void> {
  await app?.browser?.close();
  await app?.server?.stop();
}
