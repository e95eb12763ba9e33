-- AlterTable
ALTER TABLE "Obligation" ADD COLUMN "cadenceDetail" TEXT;

-- AlterTable
ALTER TABLE "ChallengeEvent" ADD COLUMN "dueOn" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "nation" TEXT NOT NULL DEFAULT 'england-and-wales',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Area" ("archivedAt", "createdAt", "id", "name", "slug", "version") SELECT "archivedAt", "createdAt", "id", "name", "slug", "version" FROM "Area";
DROP TABLE "Area";
ALTER TABLE "new_Area" RENAME TO "Area";
CREATE UNIQUE INDEX "Area_slug_key" ON "Area"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

