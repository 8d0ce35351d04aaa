-- AlterTable
-- Per-answer feedback (choices, typed answers, a catch-all) as JSON; null for questions without any.
ALTER TABLE "Question" ADD COLUMN "answerFeedback" TEXT;
