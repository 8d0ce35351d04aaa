-- AlterTable
-- An answer saved but not yet checked (feedback during the attempt): changeable, no feedback shown.
ALTER TABLE "Response" ADD COLUMN "draft" BOOLEAN NOT NULL DEFAULT false;
