// axe-core on a page in Chromium: the serious and critical WCAG 2.1 A/AA violations, as lines a
// failing assertion can print.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * The page's serious and critical violations. A new browser context sends its time zone and the
 * page refreshes itself (decision 025); Next.js takes the <title> out and puts it back while it
 * does. Caught in that moment, axe reads the page again once it has settled: a title missing for
 * good still fails.
 */
export async function seriousViolations(page: Page, again = true): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  if (again && found.some((v) => v.startsWith("document-title"))) {
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000);
    return seriousViolations(page, false);
  }
  return found;
}
