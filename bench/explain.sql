-- The heaviest queries the pages run, as EclipseLink sends them (parameters inlined), on the
-- benchmark's data. Run by bench/portal-load.sh; :partner is a generated partner.
\echo '1. Queue, page 1: every partner''s open requests, oldest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.id, r.request_number, r.title, p.name, r.kind, s.name, r.category, r.severity, r.status, r.created_at,
       r.first_contact_at, r.resolved_at, u.display_name
FROM support_request r JOIN partner p ON p.id = r.partner_id LEFT JOIN cloud_service s ON s.id = r.service_id
LEFT JOIN app_user u ON u.id = r.assigned_to
WHERE r.status IN ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER')
ORDER BY r.created_at ASC, r.id LIMIT 20;

\echo '2. Queue count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(r.id) FROM support_request r WHERE r.status IN ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER');

\echo '3. Customer requests of one partner, a deep page (rows 1000-1020), newest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.request_number, r.title, r.category, r.severity, r.status, c.name, r.created_at, r.updated_at, r.kind, s.name
FROM support_request r LEFT JOIN customer c ON c.id = r.customer_id LEFT JOIN cloud_service s ON s.id = r.service_id
WHERE r.partner_id = :partner AND r.kind IN ('ESCALATION', 'DEFLECTED')
ORDER BY r.created_at DESC, r.id DESC LIMIT 20 OFFSET 1000;

\echo '4. Customer requests of one partner, filtered by status, count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT COUNT(r.id) FROM support_request r
WHERE r.partner_id = :partner AND r.kind = 'ESCALATION' AND r.status = 'CLOSED';
