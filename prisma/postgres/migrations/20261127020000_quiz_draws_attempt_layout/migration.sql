-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "drawRules" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "layout" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "preview" BOOLEAN NOT NULL DEFAULT false;

