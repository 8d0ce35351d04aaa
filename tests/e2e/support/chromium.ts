// Finds Debian's Chromium for browser tests. Without one, the tests skip and say so loudly;
// under CI (CI=true) a missing browser is a failure, since .ci/run installs it.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p)) ?? null;
  if (!found) {
    const message = "Chromium not found (set CHROMIUM_PATH or `apt-get install chromium`)";
    if (process.env.CI) throw new Error(`${message}: browser tests cannot run in CI without it.`);
    console.warn(`\n${"!".repeat(72)}\n!! SKIPPING END-TO-END TESTS: ${message}\n${"!".repeat(72)}\n`);
  }
  return found;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
