-- CreateIndex
CREATE INDEX "Board_kindId_idx" ON "Board"("kindId");

-- CreateIndex
CREATE INDEX "Organisation_kindId_idx" ON "Organisation"("kindId");

-- CreateIndex
CREATE INDEX "Post_organisationId_idx" ON "Post"("organisationId");

-- CreateIndex
CREATE INDEX "Post_boardId_idx" ON "Post"("boardId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "ProtocolParty_boardId_idx" ON "ProtocolParty"("boardId");

-- CreateIndex
CREATE INDEX "ProtocolParty_signedByPersonId_idx" ON "ProtocolParty"("signedByPersonId");

-- CreateIndex
CREATE INDEX "Obligation_clauseId_idx" ON "Obligation"("clauseId");

-- CreateIndex
CREATE INDEX "Obligation_afterMeetingsOfId_idx" ON "Obligation"("afterMeetingsOfId");

-- CreateIndex
CREATE INDEX "Obligation_comesAfterId_idx" ON "Obligation"("comesAfterId");

-- CreateIndex
CREATE INDEX "ObligationParty_boardId_idx" ON "ObligationParty"("boardId");

-- CreateIndex
CREATE INDEX "ObligationParty_postId_idx" ON "ObligationParty"("postId");

-- CreateIndex
CREATE INDEX "ObligationDocument_documentTypeId_idx" ON "ObligationDocument"("documentTypeId");

-- CreateIndex
CREATE INDEX "MembershipRule_subjectPostId_idx" ON "MembershipRule"("subjectPostId");

-- CreateIndex
CREATE INDEX "MembershipRule_subjectBoardId_idx" ON "MembershipRule"("subjectBoardId");

-- CreateIndex
CREATE INDEX "MembershipRule_boardId_idx" ON "MembershipRule"("boardId");

-- CreateIndex
CREATE INDEX "CalendarItem_recipientBoardId_idx" ON "CalendarItem"("recipientBoardId");

-- CreateIndex
CREATE INDEX "CalendarItem_recipientPostId_idx" ON "CalendarItem"("recipientPostId");

-- CreateIndex
CREATE INDEX "CalendarItem_meetingId_idx" ON "CalendarItem"("meetingId");

-- CreateIndex
CREATE INDEX "CalendarItem_parentItemId_idx" ON "CalendarItem"("parentItemId");

-- CreateIndex
CREATE INDEX "ItemLogEntry_actorId_idx" ON "ItemLogEntry"("actorId");

-- CreateIndex
CREATE INDEX "ItemLogEntry_meetingId_idx" ON "ItemLogEntry"("meetingId");

-- CreateIndex
CREATE INDEX "Evidence_logEntryId_idx" ON "Evidence"("logEntryId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_idx" ON "AuditEntry"("actorId");

-- CreateIndex
CREATE INDEX "User_personId_idx" ON "User"("personId");

-- CreateIndex
CREATE INDEX "RoleAssignment_boardId_idx" ON "RoleAssignment"("boardId");

-- CreateIndex
CREATE INDEX "RoleAssignment_areaId_idx" ON "RoleAssignment"("areaId");

-- CreateIndex
CREATE INDEX "Challenge_itemId_idx" ON "Challenge"("itemId");

-- CreateIndex
CREATE INDEX "Challenge_protocolId_idx" ON "Challenge"("protocolId");

-- CreateIndex
CREATE INDEX "Challenge_clauseId_idx" ON "Challenge"("clauseId");

-- CreateIndex
CREATE INDEX "Challenge_raisedById_idx" ON "Challenge"("raisedById");

-- CreateIndex
CREATE INDEX "ChallengeEvent_actorId_idx" ON "ChallengeEvent"("actorId");

