-- CreateEnum
CREATE TYPE "ContactWay" AS ENUM ('PHONE', 'VISIT', 'MEETING', 'OTHER');

-- CreateTable
CREATE TABLE "SuggestionContact" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "occurredOn" DATE NOT NULL,
    "way" "ContactWay" NOT NULL,
    "opinion" VARCHAR(2000) NOT NULL,
    "contactedBy" VARCHAR(50) NOT NULL,
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionContact_suggestionId_occurredOn_idx" ON "SuggestionContact"("suggestionId", "occurredOn");

-- CreateIndex
CREATE INDEX "SuggestionContact_townshipId_idx" ON "SuggestionContact"("townshipId");

-- AddForeignKey
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionContact" ADD CONSTRAINT "SuggestionContact_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

