-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "audience" TEXT NOT NULL DEFAULT 'customer',
ADD COLUMN     "reviewFindings" TEXT NOT NULL DEFAULT '[]';

