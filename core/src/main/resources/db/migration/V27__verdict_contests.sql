-- A partner admin contests an agent's "inappropriate" verdict once, with a reason; a compliance
-- reviewer upholds or overturns it. Both are kept; what counts is the effective verdict.
CREATE TABLE verdict_contest (
    request_id      BIGINT        PRIMARY KEY REFERENCES support_request (id),
    contested_by    BIGINT        NOT NULL REFERENCES app_user (id),
    contested_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    decision        VARCHAR(20),
    decided_by      BIGINT        REFERENCES app_user (id),
    decided_at      TIMESTAMP(6) WITH TIME ZONE,
    decision_note   VARCHAR(2000),
    version         INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT ck_verdict_contest_decision CHECK (decision IN ('UPHELD', 'OVERTURNED'))
);
CREATE INDEX ix_verdict_contest_open ON verdict_contest (decided_at);

-- The verdict that counts, for the remediation proposals, the rules and the figures: an agent's
-- verdict unless a compliance reviewer overturned it on contest.
CREATE VIEW escalation_effective_verdict AS
    SELECT v.request_id,
           CASE WHEN c.decision = 'OVERTURNED' THEN 'APPROPRIATE' ELSE v.verdict END AS verdict
    FROM escalation_verdict v LEFT JOIN verdict_contest c ON c.request_id = v.request_id;
