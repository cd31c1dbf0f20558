-- Never two open plans for one partner.
CREATE UNIQUE INDEX uk_remediation_plan_open_partner ON remediation_plan (partner_id) WHERE status <> 'COMPLETED';
