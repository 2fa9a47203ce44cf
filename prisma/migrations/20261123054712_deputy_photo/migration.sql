-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "photoKey" VARCHAR(200),
ADD COLUMN     "photoMimeType" VARCHAR(50);

