-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "visibility" TEXT NOT NULL DEFAULT 'public';
