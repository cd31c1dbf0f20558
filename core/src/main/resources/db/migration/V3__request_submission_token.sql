-- A form submits with a token made when the form was opened; the unique key turns a double click
-- (or a retried POST) into one request instead of two.
ALTER TABLE support_request ADD COLUMN submission_token VARCHAR(36);
ALTER TABLE support_request ADD CONSTRAINT uk_support_request_submission_token UNIQUE (submission_token);

-- Listing and sorting a partner's requests by severity or category stays an index scan.
CREATE INDEX ix_support_request_partner_kind_created ON support_request (partner_id, kind, created_at);
