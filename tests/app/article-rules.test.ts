// The article form's rules: a publication date must be a date a newspaper could carry.
import { describe, expect, it } from "vitest";
import { articleInputSchema } from "@/app/_server/articles/article-rules";

const text = "The harbour board met on Monday in Port Ellery and agreed to open a second ferry berth by June. ".repeat(4);
const nextYear = new Date().getUTCFullYear() + 1;

describe("articleInputSchema publishedAt", () => {
  it.each(["99999-01-01", "0099-01-01", "1899-12-31", `${nextYear + 1}-01-01`, "yesterday"])("refuses %s with a plain message", (publishedAt) => {
    const parsed = articleInputSchema.safeParse({ title: "Ferries", text, publishedAt });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/^Use a date like 2025-08-23, between 1900 and \d{4}\.$/);
  });

  it.each(["2025-08-23", "1900-01-01", `${nextYear}-06-30`])("takes %s", (publishedAt) => {
    expect(articleInputSchema.safeParse({ title: "Ferries", text, publishedAt }).success).toBe(true);
  });
});
