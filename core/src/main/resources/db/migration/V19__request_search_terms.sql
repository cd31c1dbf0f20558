-- The terms each request is found by (SearchTerms: words, and pairs of Chinese characters), one
-- row each: a search box looks each term up in this primary key, on H2 and PostgreSQL alike.
CREATE TABLE request_search_term (
    term        VARCHAR(40) NOT NULL,
    request_id  BIGINT      NOT NULL REFERENCES support_request (id) ON DELETE CASCADE,
    CONSTRAINT pk_request_search_term PRIMARY KEY (term, request_id)
);
CREATE INDEX ix_request_search_term_request ON request_search_term (request_id);
