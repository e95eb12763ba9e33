-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "nation" TEXT NOT NULL DEFAULT 'england-and-wales';

-- AlterTable
ALTER TABLE "Obligation" ADD COLUMN     "cadenceDetail" TEXT;

-- AlterTable
ALTER TABLE "ChallengeEvent" ADD COLUMN     "dueOn" TEXT;

