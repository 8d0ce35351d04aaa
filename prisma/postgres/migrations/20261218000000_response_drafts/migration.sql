-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "draft" BOOLEAN NOT NULL DEFAULT false;
