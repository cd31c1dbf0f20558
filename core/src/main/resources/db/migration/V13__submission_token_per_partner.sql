-- A submission token (a form's, or a script's MS-RequestId) is unique per partner: two partners'
-- scripts may well send the same id, and each gets its own request.
ALTER TABLE support_request DROP CONSTRAINT uk_support_request_submission_token;
ALTER TABLE support_request ADD CONSTRAINT uk_support_request_partner_submission
    UNIQUE (partner_id, submission_token);
