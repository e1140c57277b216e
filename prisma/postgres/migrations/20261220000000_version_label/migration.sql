-- AlterTable
-- PlanVersion.label: a name a user gives a version (sent to customer), empty when unnamed.
ALTER TABLE "PlanVersion" ADD COLUMN "label" TEXT NOT NULL DEFAULT '';
