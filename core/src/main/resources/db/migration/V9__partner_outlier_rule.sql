-- Partner level: a partner whose escalations per 100 customers this week stand far above its
-- peers' (robust z-score on median and MAD) has that week's escalations flagged.
INSERT INTO review_rule (rule_id, version, description) VALUES
    ('partner-outlier', 1, 'The partner''s escalations per 100 customers this week are an outlier against its peers (median and MAD).');
INSERT INTO review_threshold (rule_id, name, threshold_value) VALUES
    ('partner-outlier', 'score', 0.5),
    ('partner-outlier', 'robust-z', 3.5),
    ('partner-outlier', 'min-partners', 5);
