-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'COUNTY';

