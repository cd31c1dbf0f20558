-- Reference data every installation needs: the services 21Vianet operates and the problem types
-- a request can be filed under. Demo partners, customers and requests are not here: the portal
-- loads those on first start of an empty database when demo data is switched on.

INSERT INTO cloud_service (code, name) VALUES
    ('O365', 'Office 365'),
    ('AZURE', 'Azure'),
    ('D365', 'Dynamics 365'),
    ('POWERBI', 'Power BI');

INSERT INTO problem_type (code, category, name) VALUES
    ('TECH_SIGNIN', 'TECHNICAL', 'Cannot sign in to the partner admin center'),
    ('TECH_API', 'TECHNICAL', 'Partner Center API errors'),
    ('TECH_PORTAL', 'TECHNICAL', 'Admin center page fails or is slow'),
    ('BILL_INVOICE', 'BILLING', 'Invoice or reconciliation file is wrong'),
    ('BILL_PAYMENT', 'BILLING', 'Payment not applied'),
    ('BILL_PRICE', 'BILLING', 'Price list or discount question'),
    ('CSM_ORDER', 'CUSTOMER_SUBSCRIPTION_MANAGEMENT', 'Cannot place or change an order'),
    ('CSM_TRANSFER', 'CUSTOMER_SUBSCRIPTION_MANAGEMENT', 'Customer or subscription transfer'),
    ('CSM_RELATIONSHIP', 'CUSTOMER_SUBSCRIPTION_MANAGEMENT', 'Reseller relationship or delegated admin rights'),
    ('ACC_TENANT', 'ACCOUNT_SETUP', 'New tenant or domain setup'),
    ('ACC_USERS', 'ACCOUNT_SETUP', 'Adding users and assigning licences'),
    ('AB_LICENCE', 'ACCOUNT_AND_BILLING', 'Licence count or renewal question'),
    ('AB_INVOICE', 'ACCOUNT_AND_BILLING', 'Customer invoice question'),
    ('HOW_FEATURE', 'HOW_TO', 'How to use a feature'),
    ('HOW_ADMIN', 'HOW_TO', 'How to perform an admin task'),
    ('UPD_CHANGE', 'SERVICE_UPDATES', 'Question about a service change or update'),
    ('CFG_MAIL', 'SOFTWARE_CONFIGURATION', 'Mail flow or mailbox configuration'),
    ('CFG_POLICY', 'SOFTWARE_CONFIGURATION', 'Security or compliance policy configuration'),
    ('CON_CLIENT', 'CLIENT_CONNECTIVITY', 'Desktop client cannot connect'),
    ('CON_NETWORK', 'CLIENT_CONNECTIVITY', 'Network or proxy blocks the service'),
    ('PERF_SLOW', 'PERFORMANCE_AVAILABILITY', 'Service is slow for the customer'),
    ('PERF_OUTAGE', 'PERFORMANCE_AVAILABILITY', 'Service unavailable for the customer');
