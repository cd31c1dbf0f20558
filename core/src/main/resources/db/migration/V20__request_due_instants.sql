-- When each open request's targets fall due (first response, resolution) and the nearer of the
-- two, kept on the request and recomputed on every status or severity change, so the agents'
-- queue orders by time left in SQL. Null while the request waits for the partner (its clocks stand
-- still) and once a target was met or missed.
ALTER TABLE support_request ADD COLUMN first_response_due_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE support_request ADD COLUMN resolution_due_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE support_request ADD COLUMN next_due_at TIMESTAMP(6) WITH TIME ZONE;
-- Also the version of the targets it was computed with: a change of the business calendar or the
-- targets makes the portal compute the open requests again.
ALTER TABLE support_request ADD COLUMN due_computed_for VARCHAR(64);
CREATE INDEX ix_support_request_next_due ON support_request (next_due_at);
