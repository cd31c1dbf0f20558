-- Evidence in any form and effort in any language (issue: review quality).
-- within-partner-scope v2: files attached to the escalation are evidence too.
-- no-troubleshooting v2: "what was tried" judged by its distinct steps, CJK characters weighing 3,
-- without the empty phrases listed for the rule's version, instead of counting characters.
UPDATE review_rule SET version = 2,
    description = 'The category is within the partner''s own support scope and no blocker is shown with evidence (text or an attached file).'
    WHERE rule_id = 'within-partner-scope';
UPDATE review_rule SET version = 2,
    description = 'What was tried says too little: its distinct steps, without empty phrases, weigh less than min-effort (a CJK character counts 3), or the same text is pasted into many escalations.'
    WHERE rule_id = 'no-troubleshooting';
DELETE FROM review_threshold WHERE rule_id = 'no-troubleshooting' AND name = 'min-characters';
INSERT INTO review_threshold (rule_id, name, threshold_value) VALUES ('no-troubleshooting', 'min-effort', 30);

-- Phrases that say nothing about what was tried, per rule version and language. Latin phrases
-- match whole words; CJK phrases are kept to two characters or more, since a single character
-- is part of many real words.
CREATE TABLE review_empty_phrase (
    rule_id         VARCHAR(40)  NOT NULL REFERENCES review_rule (rule_id),
    rule_version    INTEGER      NOT NULL,
    language        VARCHAR(10)  NOT NULL,
    phrase          VARCHAR(100) NOT NULL,
    CONSTRAINT pk_review_empty_phrase PRIMARY KEY (rule_id, rule_version, phrase),
    CONSTRAINT ck_review_empty_phrase_language CHECK (language IN ('en', 'it', 'zh-CN'))
);
INSERT INTO review_empty_phrase (rule_id, rule_version, language, phrase) VALUES
    ('no-troubleshooting', 2, 'en', 'asked the customer to try again'),
    ('no-troubleshooting', 2, 'en', 'tried again'),
    ('no-troubleshooting', 2, 'en', 'try again'),
    ('no-troubleshooting', 2, 'en', 'retried'),
    ('no-troubleshooting', 2, 'en', 'restarted'),
    ('no-troubleshooting', 2, 'en', 'rebooted'),
    ('no-troubleshooting', 2, 'en', 'checked'),
    ('no-troubleshooting', 2, 'en', 'tested'),
    ('no-troubleshooting', 2, 'en', 'nothing'),
    ('no-troubleshooting', 2, 'en', 'none'),
    ('no-troubleshooting', 2, 'en', 'n/a'),
    ('no-troubleshooting', 2, 'en', 'see above'),
    ('no-troubleshooting', 2, 'en', 'as above'),
    ('no-troubleshooting', 2, 'en', 'not working'),
    ('no-troubleshooting', 2, 'en', 'does not work'),
    ('no-troubleshooting', 2, 'en', 'please help'),
    ('no-troubleshooting', 2, 'en', 'urgent'),
    ('no-troubleshooting', 2, 'it', 'chiesto al cliente di riprovare'),
    ('no-troubleshooting', 2, 'it', 'riprovato'),
    ('no-troubleshooting', 2, 'it', 'riprovare'),
    ('no-troubleshooting', 2, 'it', 'riavviato'),
    ('no-troubleshooting', 2, 'it', 'verificato'),
    ('no-troubleshooting', 2, 'it', 'controllato'),
    ('no-troubleshooting', 2, 'it', 'niente'),
    ('no-troubleshooting', 2, 'it', 'nessuno'),
    ('no-troubleshooting', 2, 'it', 'come sopra'),
    ('no-troubleshooting', 2, 'it', 'non funziona'),
    ('no-troubleshooting', 2, 'it', 'aiuto'),
    ('no-troubleshooting', 2, 'it', 'urgente'),
    ('no-troubleshooting', 2, 'zh-CN', '请客户重试'),
    ('no-troubleshooting', 2, 'zh-CN', '请重试'),
    ('no-troubleshooting', 2, 'zh-CN', '已重试'),
    ('no-troubleshooting', 2, 'zh-CN', '重试了'),
    ('no-troubleshooting', 2, 'zh-CN', '已重启'),
    ('no-troubleshooting', 2, 'zh-CN', '重启了'),
    ('no-troubleshooting', 2, 'zh-CN', '已检查'),
    ('no-troubleshooting', 2, 'zh-CN', '同上'),
    ('no-troubleshooting', 2, 'zh-CN', '不能用'),
    ('no-troubleshooting', 2, 'zh-CN', '请帮忙'),
    ('no-troubleshooting', 2, 'zh-CN', '紧急');
