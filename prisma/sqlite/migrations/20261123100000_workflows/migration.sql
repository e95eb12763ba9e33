-- AlterTable
ALTER TABLE "Protocol" ADD COLUMN "resolutionRoute" TEXT;

-- CreateTable
CREATE TABLE "Challenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Challenge_fromBoardId_fkey" FOREIGN KEY ("fromBoardId") REFERENCES "Board" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Challenge_toBoardId_fkey" FOREIGN KEY ("toBoardId") REFERENCES "Board" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Challenge_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CalendarItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Challenge_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Challenge_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Challenge_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChallengeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "challengeId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChallengeEvent_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChallengeEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CalendarItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "obligationId" TEXT NOT NULL,
    "recipientKey" TEXT NOT NULL,
    "recipientBoardId" TEXT,
    "recipientPostId" TEXT,
    "cycleId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "sequenceIndex" INTEGER NOT NULL,
    "sequenceOf" INTEGER NOT NULL,
    "windowStart" TEXT NOT NULL,
    "windowEnd" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "meetingId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "flags" TEXT NOT NULL DEFAULT '',
    "origin" TEXT NOT NULL DEFAULT 'rule',
    "title" TEXT,
    "parentItemId" TEXT,
    "ownerBoardId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CalendarItem_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "Obligation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_recipientBoardId_fkey" FOREIGN KEY ("recipientBoardId") REFERENCES "Board" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_recipientPostId_fkey" FOREIGN KEY ("recipientPostId") REFERENCES "Post" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReportingCycle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_parentItemId_fkey" FOREIGN KEY ("parentItemId") REFERENCES "CalendarItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CalendarItem_ownerBoardId_fkey" FOREIGN KEY ("ownerBoardId") REFERENCES "Board" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CalendarItem" ("createdAt", "cycleId", "dueOn", "flags", "id", "meetingId", "obligationId", "recipientBoardId", "recipientKey", "recipientPostId", "retiredAt", "sequence", "sequenceIndex", "sequenceOf", "status", "updatedAt", "version", "windowEnd", "windowStart") SELECT "createdAt", "cycleId", "dueOn", "flags", "id", "meetingId", "obligationId", "recipientBoardId", "recipientKey", "recipientPostId", "retiredAt", "sequence", "sequenceIndex", "sequenceOf", "status", "updatedAt", "version", "windowEnd", "windowStart" FROM "CalendarItem";
DROP TABLE "CalendarItem";
ALTER TABLE "new_CalendarItem" RENAME TO "CalendarItem";
CREATE INDEX "CalendarItem_cycleId_idx" ON "CalendarItem"("cycleId");
CREATE INDEX "CalendarItem_ownerBoardId_idx" ON "CalendarItem"("ownerBoardId");
CREATE INDEX "CalendarItem_dueOn_idx" ON "CalendarItem"("dueOn");
CREATE UNIQUE INDEX "CalendarItem_obligationId_recipientKey_cycleId_sequence_key" ON "CalendarItem"("obligationId", "recipientKey", "cycleId", "sequence");
CREATE TABLE "new_ItemLogEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "occurredOn" TEXT NOT NULL,
    "meetingId" TEXT,
    "minuteRef" TEXT,
    "notes" TEXT,
    "reason" TEXT,
    "previous" TEXT,
    "reversesId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ItemLogEntry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CalendarItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ItemLogEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ItemLogEntry_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ItemLogEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "ItemLogEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ItemLogEntry" ("action", "actorId", "createdAt", "fromStatus", "id", "itemId", "meetingId", "minuteRef", "notes", "occurredOn", "toStatus") SELECT "action", "actorId", "createdAt", "fromStatus", "id", "itemId", "meetingId", "minuteRef", "notes", "occurredOn", "toStatus" FROM "ItemLogEntry";
DROP TABLE "ItemLogEntry";
ALTER TABLE "new_ItemLogEntry" RENAME TO "ItemLogEntry";
CREATE UNIQUE INDEX "ItemLogEntry_reversesId_key" ON "ItemLogEntry"("reversesId");
CREATE INDEX "ItemLogEntry_itemId_idx" ON "ItemLogEntry"("itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Challenge_fromBoardId_idx" ON "Challenge"("fromBoardId");

-- CreateIndex
CREATE INDEX "Challenge_toBoardId_idx" ON "Challenge"("toBoardId");

-- CreateIndex
CREATE INDEX "ChallengeEvent_challengeId_idx" ON "ChallengeEvent"("challengeId");

