-- The dashboards of 21Vianet count open requests past a target by severity, each up to 1,000
-- (CappedCount): with this index each count reads at most 1,001 entries, however many requests
-- are open or late.
CREATE INDEX ix_support_request_severity_due ON support_request (severity, next_due_at);
