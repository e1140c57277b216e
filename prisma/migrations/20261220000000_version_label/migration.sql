-- AlterTable
-- PlanVersion.label: a name a user gives a version (sent to customer), empty when unnamed. SQLite adds a NOT NULL
-- column with a constant default in place (no table copy), so large histories migrate instantly.
ALTER TABLE "PlanVersion" ADD COLUMN "label" TEXT NOT NULL DEFAULT '';
