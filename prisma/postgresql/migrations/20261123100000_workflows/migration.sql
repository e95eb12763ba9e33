-- AlterTable
ALTER TABLE "Protocol" ADD COLUMN     "resolutionRoute" TEXT;

-- AlterTable
ALTER TABLE "CalendarItem" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'rule',
ADD COLUMN     "ownerBoardId" TEXT,
ADD COLUMN     "parentItemId" TEXT,
ADD COLUMN     "title" TEXT;

-- AlterTable
ALTER TABLE "ItemLogEntry" ADD COLUMN     "previous" TEXT,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "reversesId" TEXT;

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL,
    "fromBoardId" TEXT NOT NULL,
    "toBoardId" TEXT NOT NULL,
    "itemId" TEXT,
    "protocolId" TEXT NOT NULL,
    "clauseId" TEXT,
    "subject" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "responseDueOn" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "raisedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChallengeEvent" (
    "id" TEXT NOT NULL,
    "challengeId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChallengeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Challenge_fromBoardId_idx" ON "Challenge"("fromBoardId");

-- CreateIndex
CREATE INDEX "Challenge_toBoardId_idx" ON "Challenge"("toBoardId");

-- CreateIndex
CREATE INDEX "ChallengeEvent_challengeId_idx" ON "ChallengeEvent"("challengeId");

-- CreateIndex
CREATE INDEX "CalendarItem_ownerBoardId_idx" ON "CalendarItem"("ownerBoardId");

-- CreateIndex
CREATE INDEX "CalendarItem_dueOn_idx" ON "CalendarItem"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "ItemLogEntry_reversesId_key" ON "ItemLogEntry"("reversesId");

-- AddForeignKey
ALTER TABLE "CalendarItem" ADD CONSTRAINT "CalendarItem_parentItemId_fkey" FOREIGN KEY ("parentItemId") REFERENCES "CalendarItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarItem" ADD CONSTRAINT "CalendarItem_ownerBoardId_fkey" FOREIGN KEY ("ownerBoardId") REFERENCES "Board"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLogEntry" ADD CONSTRAINT "ItemLogEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "ItemLogEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_fromBoardId_fkey" FOREIGN KEY ("fromBoardId") REFERENCES "Board"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_toBoardId_fkey" FOREIGN KEY ("toBoardId") REFERENCES "Board"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CalendarItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEvent" ADD CONSTRAINT "ChallengeEvent_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChallengeEvent" ADD CONSTRAINT "ChallengeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

