-- The skeleton's tables: migration 3 copied every row into plan_identity and plan_version.
-- Flyway runs this only after migration 3 succeeded.
DROP TABLE support_item;
DROP TABLE support_plan;
