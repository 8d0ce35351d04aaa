-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "origin" TEXT;
