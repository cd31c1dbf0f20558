-- Where a partner fixes a customer's problem itself: each service's admin center, as a URL
-- template with the customer's tenant id and domain filled in ({tenantId}, {domain}).
ALTER TABLE cloud_service ADD COLUMN admin_center_url VARCHAR(500);
UPDATE cloud_service SET admin_center_url = 'https://portal.partner.microsoftonline.cn/AdminPortal/Home?tenantId={tenantId}' WHERE code = 'O365';
UPDATE cloud_service SET admin_center_url = 'https://portal.azure.cn/{domain}' WHERE code = 'AZURE';
UPDATE cloud_service SET admin_center_url = 'https://admin.powerplatform.azure.cn/?tenant={tenantId}' WHERE code = 'D365';
UPDATE cloud_service SET admin_center_url = 'https://app.powerbi.cn/admin-portal?ctid={tenantId}' WHERE code = 'POWERBI';

-- Self-help for one service only (null: for any service): a Dynamics 365 problem does not get an
-- Outlook article.
ALTER TABLE self_help_article ADD COLUMN service_id BIGINT REFERENCES cloud_service (id);
UPDATE self_help_article SET service_id = (SELECT id FROM cloud_service WHERE code = 'O365')
WHERE url LIKE '%/bulk-add-users' OR url LIKE '%/shared-mailboxes' OR url LIKE '%/mail-flow'
   OR url LIKE '%/outlook-password-prompt' OR url LIKE '%/verify-domain' OR url LIKE '%/enable-mfa';
