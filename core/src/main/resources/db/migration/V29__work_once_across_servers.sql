-- Work on a timer runs on every server of a cluster. Each run first updates its task's row here,
-- in its own transaction: the row lock makes a second server's run wait for the first to commit,
-- and then find the work done. The columns say who ran it last.
CREATE TABLE cluster_task (
    name        VARCHAR(40) PRIMARY KEY,
    last_run_at TIMESTAMP(6) WITH TIME ZONE,
    last_run_by VARCHAR(200)
);
INSERT INTO cluster_task (name) VALUES ('overdue-actions');
INSERT INTO cluster_task (name) VALUES ('agent-alerts');

-- A server claims a mail before sending it, so no two servers send it; the claim runs out, so a
-- mail claimed by a server that died is sent by another.
ALTER TABLE notification ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE notification ADD COLUMN claimed_until TIMESTAMP(6) WITH TIME ZONE;

-- Operators hear when the nightly review failed or has not completed by review.deadline: a list
-- kept as data, each problem of a business date told once, whichever server notices it first.
CREATE TABLE operator_contact (
    email   VARCHAR(254) PRIMARY KEY,
    locale  VARCHAR(10)  NOT NULL DEFAULT 'zh-CN'
);
CREATE TABLE operator_alert (
    kind          VARCHAR(30) NOT NULL,
    business_date DATE        NOT NULL,
    raised_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, business_date)
);
INSERT INTO cluster_task (name) VALUES ('nightly-watch');
