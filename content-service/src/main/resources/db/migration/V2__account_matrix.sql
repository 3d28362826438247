-- The account matrix: each account's persona and up to three core content tags.
ALTER TABLE accounts
    ADD COLUMN persona_description VARCHAR(500),
    ADD COLUMN persona_audience    VARCHAR(200),
    ADD COLUMN persona_tone        VARCHAR(100);

CREATE TABLE account_tags (
    account_id UUID        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    position   INT         NOT NULL,
    tag        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, position)
);
