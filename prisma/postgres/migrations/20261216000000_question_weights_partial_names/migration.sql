-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "choiceWeights" TEXT,
ADD COLUMN     "idNumber" TEXT,
ADD COLUMN     "name" TEXT,
ADD COLUMN     "partialAnswers" TEXT;
