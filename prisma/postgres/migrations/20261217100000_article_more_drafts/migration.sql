-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "moreDrafts" BOOLEAN NOT NULL DEFAULT true;
