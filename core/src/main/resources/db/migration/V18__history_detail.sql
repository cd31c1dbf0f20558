-- What a history entry is about, as bundle keys the pages translate (the contact's method, the
-- severities of a change, the verdict), instead of codes run into the note ("PHONE: ...").
ALTER TABLE request_history ADD COLUMN detail VARCHAR(100);

UPDATE request_history
SET detail = 'contact.' || SUBSTRING(note FROM 1 FOR POSITION(': ' IN note) - 1),
    note = SUBSTRING(note FROM POSITION(': ' IN note) + 2)
WHERE event_type = 'CONTACT_LOGGED' AND POSITION(': ' IN note) > 1;

UPDATE request_history
SET detail = 'severity.' || SUBSTRING(note FROM 1 FOR POSITION(' → ' IN note) - 1)
        || ' severity.' || SUBSTRING(note FROM POSITION(' → ' IN note) + 3 FOR POSITION(': ' IN note) - POSITION(' → ' IN note) - 3),
    note = SUBSTRING(note FROM POSITION(': ' IN note) + 2)
WHERE event_type = 'SEVERITY_CHANGED' AND POSITION(' → ' IN note) > 1 AND POSITION(': ' IN note) > POSITION(' → ' IN note);

-- The verdict's reasons show, translated, in the request's verdict section.
UPDATE request_history
SET detail = 'verdict.' || CASE WHEN POSITION(':' IN note) > 1
                                THEN SUBSTRING(note FROM 1 FOR POSITION(':' IN note) - 1) ELSE note END,
    note = NULL
WHERE event_type = 'VERDICT' AND note IS NOT NULL;
