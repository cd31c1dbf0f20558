-- The review of escalations: 21Vianet's verdict on each, and the weekly aggregates the nightly job
-- computes for the reports.

CREATE TABLE escalation_verdict (
    request_id      BIGINT        PRIMARY KEY REFERENCES support_request (id),
    verdict         VARCHAR(20)   NOT NULL,
    reasons         VARCHAR(1000),
    other_reason    VARCHAR(1000),
    decided_by      BIGINT        NOT NULL REFERENCES app_user (id),
    decided_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_escalation_verdict CHECK (verdict IN ('APPROPRIATE', 'INAPPROPRIATE'))
);

-- One row per partner, service and category of an ISO week; the job replaces a week's rows whole.
CREATE TABLE escalation_weekly_aggregate (
    iso_week                 VARCHAR(8)    NOT NULL,
    partner_id               BIGINT        NOT NULL REFERENCES partner (id),
    service_id               BIGINT        NOT NULL REFERENCES cloud_service (id),
    category                 VARCHAR(40)   NOT NULL,
    escalations              BIGINT        NOT NULL,
    appropriate              BIGINT        NOT NULL,
    inappropriate            BIGINT        NOT NULL,
    unreviewed               BIGINT        NOT NULL,
    deflected                BIGINT        NOT NULL,
    first_contact_p50_hours  DOUBLE PRECISION,
    first_contact_p90_hours  DOUBLE PRECISION,
    resolution_p50_hours     DOUBLE PRECISION,
    resolution_p90_hours     DOUBLE PRECISION,
    computed_at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_escalation_weekly_aggregate PRIMARY KEY (iso_week, partner_id, service_id, category)
);

-- The job reads a week of customer requests at a time.
CREATE INDEX ix_support_request_kind_created ON support_request (kind, created_at);
