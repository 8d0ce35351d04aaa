-- Live games: the host's streak-bonus choice, and when every player's attempt had been written
-- after the end (null: still to do; finish-game.ts resumes such games).
ALTER TABLE "LiveGame" ADD COLUMN "streakBonus" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "LiveGame" ADD COLUMN "attemptsWrittenAt" TIMESTAMP(3);

-- Games that ended before this migration wrote their attempts before ending.
UPDATE "LiveGame" SET "attemptsWrittenAt" = "endedAt" WHERE "state" = 'ended';

-- CreateIndex
CREATE INDEX "LiveGame_state_attemptsWrittenAt_idx" ON "LiveGame"("state", "attemptsWrittenAt");
