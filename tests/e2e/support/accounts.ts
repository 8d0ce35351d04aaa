// Browser-side account helpers for end-to-end tests.
import type { Page } from "playwright-core";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

export async function signUp(page: Page, baseUrl: string, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.test`;
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  return email;
}

/** Roles are granted by admins; until the admin pages exist, tests grant them in the database. */
export async function grantRole(databaseUrl: string, email: string, role: "teacher" | "admin"): Promise<void> {
  const db = createDb(resolveDatabase(databaseUrl));
  try {
    await db.user.update({ where: { email }, data: { role } });
  } finally {
    await db.$disconnect();
  }
}
