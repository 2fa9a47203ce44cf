-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OFFICE', 'CHAIR', 'PRESIDIUM', 'DEPUTY', 'UNIT');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "DeputyStatus" AS ENUM ('SITTING', 'RESIGNED', 'TRANSFERRED', 'RECALLED', 'DECEASED');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('GROUP', 'CENTRE_GROUP', 'DEPUTY_HOME', 'LIAISON_STATION');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('GOVERNMENT_OFFICE', 'STATION', 'DEPARTMENT_BRANCH', 'OTHER');

-- CreateTable
CREATE TABLE "Township" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Township_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "displayName" VARCHAR(100) NOT NULL,
    "passwordHash" VARCHAR(255) NOT NULL,
    "role" "Role" NOT NULL,
    "deputyId" UUID,
    "unitId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" VARCHAR(64) NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "ip" VARCHAR(64),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "ip" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "townshipId" UUID,
    "userId" UUID,
    "username" VARCHAR(64),
    "action" VARCHAR(64) NOT NULL,
    "recordType" VARCHAR(64) NOT NULL,
    "recordId" VARCHAR(64),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(64),
    "requestId" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" VARCHAR(100) NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deputy" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "ethnicity" VARCHAR(20) NOT NULL,
    "party" VARCHAR(30) NOT NULL,
    "education" VARCHAR(30) NOT NULL,
    "occupation" VARCHAR(100) NOT NULL,
    "workUnit" VARCHAR(100),
    "phone" VARCHAR(20),
    "address" VARCHAR(200),
    "idNumber" VARCHAR(18),
    "constituency" VARCHAR(50) NOT NULL,
    "levels" VARCHAR(16)[],
    "groupId" UUID,
    "status" "DeputyStatus" NOT NULL DEFAULT 'SITTING',
    "startDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deputy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeGroup" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "venue" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepresentativeGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingUnit" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "contactName" VARCHAR(50),
    "contactPhone" VARCHAR(20),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HandlingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Township_code_key" ON "Township"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_deputyId_key" ON "User"("deputyId");

-- CreateIndex
CREATE INDEX "User_townshipId_role_idx" ON "User"("townshipId", "role");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_createdAt_idx" ON "LoginAttempt"("username", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_townshipId_createdAt_idx" ON "AuditLog"("townshipId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_townshipId_recordType_recordId_idx" ON "AuditLog"("townshipId", "recordType", "recordId");

-- CreateIndex
CREATE INDEX "AuditLog_townshipId_action_idx" ON "AuditLog"("townshipId", "action");

-- CreateIndex
CREATE UNIQUE INDEX "Term_townshipId_number_key" ON "Term"("townshipId", "number");

-- CreateIndex
CREATE INDEX "Deputy_townshipId_termId_status_idx" ON "Deputy"("townshipId", "termId", "status");

-- CreateIndex
CREATE INDEX "Deputy_townshipId_groupId_idx" ON "Deputy"("townshipId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_termId_name_birthDate_key" ON "Deputy"("termId", "name", "birthDate");

-- CreateIndex
CREATE UNIQUE INDEX "RepresentativeGroup_townshipId_name_key" ON "RepresentativeGroup"("townshipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_townshipId_name_key" ON "HandlingUnit"("townshipId", "name");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RepresentativeGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeGroup" ADD CONSTRAINT "RepresentativeGroup_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The audit trail is append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
