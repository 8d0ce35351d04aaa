-- AlterTable
-- Choice weights and partial-credit answers (JSON, part of the answer key), a name and Moodle's ID number.
ALTER TABLE "Question" ADD COLUMN "choiceWeights" TEXT;
ALTER TABLE "Question" ADD COLUMN "partialAnswers" TEXT;
ALTER TABLE "Question" ADD COLUMN "name" TEXT;
ALTER TABLE "Question" ADD COLUMN "idNumber" TEXT;
