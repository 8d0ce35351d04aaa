-- AlterTable
-- Existing articles keep offering "Draft more questions" until a run says there is nothing more.
ALTER TABLE "Article" ADD COLUMN "moreDrafts" BOOLEAN NOT NULL DEFAULT true;
