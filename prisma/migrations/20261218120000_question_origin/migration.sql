-- AlterTable
-- Where a question without an article came from (written, gift, json); unknown for older ones.
ALTER TABLE "Question" ADD COLUMN "origin" TEXT;
