CREATE TABLE echoes (
    id      UUID PRIMARY KEY,
    text    VARCHAR(20) NOT NULL,
    version BIGINT      NOT NULL
);
