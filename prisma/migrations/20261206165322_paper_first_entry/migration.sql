-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "raisedOn" DATE;

-- AlterTable
ALTER TABLE "SuggestionEvent" ADD COLUMN     "enteredById" UUID,
ADD COLUMN     "occurredOn" DATE,
ADD COLUMN     "onBehalfOf" VARCHAR(100);

