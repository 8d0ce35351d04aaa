// Runs in each integration worker before the tests: point the app's database client at the
// run's test database and give better-auth a secret.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BETTER_AUTH_SECRET ||= "integration-tests-secret-0123456789abcdef";
process.env.BETTER_AUTH_URL ||= "http://localhost:3000";
