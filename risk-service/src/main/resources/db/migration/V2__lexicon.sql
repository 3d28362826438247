-- The lexicon: terms that content scans and comment monitoring look for, and exemption phrases in which a
-- term is not a claim. `normalized` is the folded form that scans match (io.lightningops.risk.scan.TextNormalizer);
-- two terms with the same folded form would be the same term, so it is unique.
CREATE TABLE lexicon_terms (
    id          UUID PRIMARY KEY,
    term        VARCHAR(64)  NOT NULL,
    normalized  VARCHAR(64)  NOT NULL,
    category    VARCHAR(32)  NOT NULL CHECK (category ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    severity    VARCHAR(8)   NOT NULL CHECK (severity IN ('BLOCK', 'REVIEW')),
    suggestion  VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT lexicon_terms_normalized_unique UNIQUE (normalized)
);

CREATE INDEX lexicon_terms_category ON lexicon_terms (category, severity);

CREATE TABLE lexicon_exemptions (
    id          UUID PRIMARY KEY,
    phrase      VARCHAR(64)  NOT NULL,
    normalized  VARCHAR(64)  NOT NULL,
    note        VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT lexicon_exemptions_normalized_unique UNIQUE (normalized)
);

-- One row: moved in the same transaction as every change of terms or exemptions. Each scan reads it, and a
-- replica whose matcher is of another revision rebuilds it; replicas share nothing else.
CREATE TABLE lexicon_revision (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    revision  BIGINT   NOT NULL
);

INSERT INTO lexicon_revision (id, revision) VALUES (1, 1);
