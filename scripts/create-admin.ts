// Creates an admin account, or promotes an existing account to admin.
//   npm run admin -- --email you@school.org --password 'a long passphrase' [--name "Your Name"]
// Environment instead of flags: NEWSQUIZ_ADMIN_EMAIL, NEWSQUIZ_ADMIN_PASSWORD, NEWSQUIZ_ADMIN_NAME.
import { parseArgs } from "node:util";
import { getDb } from "../prisma/client";
import { getAuth } from "../app/_server/auth/auth";
import { signUpSchema } from "../app/_server/auth/account-rules";
import { ensureAuthSecret } from "./lib/auth-secret";

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, "if-missing": { type: "boolean" } },
});
process.env.BETTER_AUTH_SECRET = ensureAuthSecret();
process.env.BETTER_AUTH_URL ||= `http://localhost:${process.env.PORT || "3000"}`;

const input = signUpSchema.safeParse({
  email: values.email ?? process.env.NEWSQUIZ_ADMIN_EMAIL,
  password: values.password ?? process.env.NEWSQUIZ_ADMIN_PASSWORD,
  name: values.name ?? process.env.NEWSQUIZ_ADMIN_NAME ?? "Administrator",
});
if (!input.success) {
  for (const issue of input.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  console.error("usage: npm run admin -- --email EMAIL --password PASSWORD [--name NAME]");
  process.exit(2);
}

const db = getDb();
const existing = await db.user.findUnique({ where: { email: input.data.email }, select: { id: true, role: true } });
if (existing) {
  if (existing.role !== "admin") await db.user.update({ where: { id: existing.id }, data: { role: "admin" } });
  if (!values["if-missing"]) console.log(`${input.data.email} is an admin.`);
} else {
  const created = await getAuth().api.signUpEmail({ body: input.data });
  await db.user.update({ where: { id: created.user.id }, data: { role: "admin" } });
  console.log(`Admin account created for ${input.data.email}.`);
}
await db.$disconnect();
