-- AlterTable
-- A plain ADD COLUMN (SQLite allows NOT NULL with a constant default): existing quizzes stay public.
ALTER TABLE "Quiz" ADD COLUMN "visibility" TEXT NOT NULL DEFAULT 'public';
