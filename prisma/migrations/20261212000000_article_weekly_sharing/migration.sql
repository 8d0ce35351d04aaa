-- AlterTable
-- A plain ADD COLUMN (SQLite allows NOT NULL with a constant default) rather than Prisma's table
-- redefinition: the Article table holds every article's text, and copying it gains nothing.
ALTER TABLE "Article" ADD COLUMN "sharedWithWeeklyQuiz" BOOLEAN NOT NULL DEFAULT false;
