-- Live games: the host streak-bonus choice, answer times, and when the attempts of every player had been written
-- after the end (null: still to do, and finish-game.ts resumes such games).
ALTER TABLE "LiveGame" ADD COLUMN "streakBonus" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "LiveGame" ADD COLUMN "attemptsWrittenAt" TIMESTAMP(3);

-- How long after its question opened each answer arrived (the game report answer times).
ALTER TABLE "LiveAnswer" ADD COLUMN "elapsedMs" INTEGER;

-- Games that ended before this migration wrote their attempts before ending.
UPDATE "LiveGame" SET "attemptsWrittenAt" = "endedAt" WHERE "state" = 'ended';

-- CreateIndex
CREATE INDEX "LiveGame_state_attemptsWrittenAt_idx" ON "LiveGame"("state", "attemptsWrittenAt");
