-- CreateTable
CREATE TABLE "Capacity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Area" ("createdAt", "id", "name", "slug") SELECT "createdAt", "id", "name", "slug" FROM "Area";
DROP TABLE "Area";
ALTER TABLE "new_Area" RENAME TO "Area";
CREATE UNIQUE INDEX "Area_slug_key" ON "Area"("slug");
CREATE TABLE "new_Board" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "statutoryBasis" TEXT,
    "statutory" BOOLEAN NOT NULL,
    "independentChair" BOOLEAN NOT NULL,
    "yearStartMonth" INTEGER NOT NULL DEFAULT 4,
    "notes" TEXT,
    "contact" TEXT,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Board_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "BoardKind" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Board" ("acronym", "createdAt", "id", "independentChair", "kindId", "name", "notes", "slug", "statutory", "statutoryBasis", "updatedAt", "yearStartMonth") SELECT "acronym", "createdAt", "id", "independentChair", "kindId", "name", "notes", "slug", "statutory", "statutoryBasis", "updatedAt", "yearStartMonth" FROM "Board";
DROP TABLE "Board";
ALTER TABLE "new_Board" RENAME TO "Board";
CREATE UNIQUE INDEX "Board_slug_key" ON "Board"("slug");
CREATE INDEX "Board_kindId_idx" ON "Board"("kindId");
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "areaId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Organisation_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "OrganisationKind" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organisation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("id", "kindId", "name", "slug") SELECT "id", "kindId", "name", "slug" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_kindId_idx" ON "Organisation"("kindId");
CREATE INDEX "Organisation_areaId_idx" ON "Organisation"("areaId");
CREATE TABLE "new_Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "areaId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Person_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Person" ("email", "id", "name", "slug") SELECT "email", "id", "name", "slug" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");
CREATE INDEX "Person_areaId_idx" ON "Person"("areaId");
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "startTime" TEXT NOT NULL,
    "title" TEXT,
    "location" TEXT,
    "seriesId" TEXT,
    "cancelledAt" DATETIME,
    "cancelReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Meeting_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("boardId", "date", "id", "location", "startTime", "title") SELECT "boardId", "date", "id", "location", "startTime", "title" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_seriesId_idx" ON "Meeting"("seriesId");
CREATE UNIQUE INDEX "Meeting_boardId_date_startTime_key" ON "Meeting"("boardId", "date", "startTime");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "personId" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "sessionsValidFrom" DATETIME,
    "lastSignInAt" DATETIME,
    "singleSignOn" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "disabled", "email", "id", "name", "passwordHash", "personId", "updatedAt") SELECT "createdAt", "disabled", "email", "id", "name", "passwordHash", "personId", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_personId_idx" ON "User"("personId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Capacity_key_key" ON "Capacity"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "Invitation_createdById_idx" ON "Invitation"("createdById");


-- The built-in capacities, which carry meaning in the rules. Administrators may add others.
INSERT INTO "Capacity" ("id", "key", "name", "builtIn", "position") VALUES
  ('capacity-chair', 'chair', 'Chair', true, 1),
  ('capacity-vice-chair', 'vice-chair', 'Vice-chair', true, 2),
  ('capacity-member', 'member', 'Member', true, 3),
  ('capacity-statutory-member', 'statutory-member', 'Statutory member', true, 4),
  ('capacity-participant-observer', 'participant-observer', 'Participant observer', true, 5),
  ('capacity-supporting-officer', 'supporting-officer', 'Supporting officer', true, 6);
