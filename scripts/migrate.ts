// `npm run db:migrate`: apply pending migrations to DATABASE_URL (SQLite by default).
import { migrateDeploy } from "./lib/prisma-cli";

migrateDeploy();
console.log("migrations applied");
