-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "sharedWithWeeklyQuiz" BOOLEAN NOT NULL DEFAULT false;
