-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "variants" TEXT;
