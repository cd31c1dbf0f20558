-- The 21Vianet queue reads open requests oldest first: a partial index holds only those, in that
-- order, so page 1 of the queue reads 20 index entries however many requests are closed.
-- (H2 has no partial indexes; its queue uses ix_support_request_status_created.)
CREATE INDEX ix_support_request_open_queue ON support_request (created_at, id)
    WHERE status IN ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER');
