CREATE TABLE topics (
    id         UUID PRIMARY KEY,
    title      VARCHAR(100) NOT NULL,
    direction  VARCHAR(200),
    source     VARCHAR(16)  NOT NULL CHECK (source IN ('TREND', 'COMPETITOR', 'UGC', 'IDEA')),
    score      INT          NOT NULL CHECK (score BETWEEN 0 AND 100),
    status     VARCHAR(16)  NOT NULL CHECK (status IN ('IDEA', 'PLANNED', 'USED', 'RETIRED')),
    month      VARCHAR(7),
    account_id UUID REFERENCES accounts (id),
    notes      VARCHAR(1000),
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL
);

-- one title per month and account (case-insensitive); imports check it row by row, this catches races
CREATE UNIQUE INDEX topics_title_unique ON topics (
    lower(title), coalesce(month, ''), coalesce(account_id, '00000000-0000-0000-0000-000000000000'));
CREATE INDEX topics_score ON topics (score DESC, created_at, id);
CREATE INDEX topics_account ON topics (account_id);

CREATE TABLE topic_tags (
    topic_id UUID        NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    position INT         NOT NULL,
    tag      VARCHAR(20) NOT NULL,
    PRIMARY KEY (topic_id, position)
);
CREATE INDEX topic_tags_tag ON topic_tags (lower(tag));
