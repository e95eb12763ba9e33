-- CreateTable
CREATE TABLE "ProtocolSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "protocolId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "pages" INTEGER,
    "text" TEXT NOT NULL,
    "reading" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProtocolSource_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProtocolSource_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProtocolProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "protocolId" TEXT NOT NULL,
    "clauseId" TEXT,
    "clauseRef" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "confidence" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unreviewed',
    "obligationId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProtocolProposal_protocolId_fkey" FOREIGN KEY ("protocolId") REFERENCES "Protocol" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProtocolProposal_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProtocolProposal_obligationId_fkey" FOREIGN KEY ("obligationId") REFERENCES "Obligation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProtocolProposal_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ProtocolSource_protocolId_key" ON "ProtocolSource"("protocolId");

-- CreateIndex
CREATE INDEX "ProtocolSource_uploadedById_idx" ON "ProtocolSource"("uploadedById");

-- CreateIndex
CREATE INDEX "ProtocolProposal_protocolId_status_idx" ON "ProtocolProposal"("protocolId", "status");

-- CreateIndex
CREATE INDEX "ProtocolProposal_clauseId_idx" ON "ProtocolProposal"("clauseId");

-- CreateIndex
CREATE INDEX "ProtocolProposal_obligationId_idx" ON "ProtocolProposal"("obligationId");

-- CreateIndex
CREATE INDEX "ProtocolProposal_reviewedById_idx" ON "ProtocolProposal"("reviewedById");

