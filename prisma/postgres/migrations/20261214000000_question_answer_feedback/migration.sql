-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "answerFeedback" TEXT;
