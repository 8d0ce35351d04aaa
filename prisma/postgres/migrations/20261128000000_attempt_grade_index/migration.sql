-- DropIndex
DROP INDEX "Attempt_quizId_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Attempt_quiz_grades_idx" ON "Attempt"("quizId", "status", "preview", "userId", "submittedAt", "id", "score", "maxScore");

