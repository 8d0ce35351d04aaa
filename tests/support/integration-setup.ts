// Vitest global setup for integration tests: one migrated database for the run, handed to the
// test workers through `provide` (see integration-env.ts) and dropped afterwards.
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  console.log(`integration tests on ${db.provider}`);
  project.provide("databaseUrl", db.url);
  return () => db.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
