-- Never two open plans for one partner. H2 has no partial index: a generated column that holds the
-- partner only while the plan is open, under a unique constraint (NULLs are distinct).
ALTER TABLE remediation_plan ADD COLUMN open_partner_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN status <> 'COMPLETED' THEN partner_id END);
ALTER TABLE remediation_plan ADD CONSTRAINT uk_remediation_plan_open_partner UNIQUE (open_partner_id);
