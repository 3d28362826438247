CREATE TABLE risks (
    id                  UUID PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000),
    category            VARCHAR(16)   NOT NULL CHECK (category IN ('CONTENT', 'ACCOUNT', 'COMPLIANCE', 'TECHNICAL', 'MARKET')),
    likelihood          INT           NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact              INT           NOT NULL CHECK (impact BETWEEN 1 AND 5),
    response_difficulty INT           NOT NULL CHECK (response_difficulty BETWEEN 1 AND 5),
    score               INT           NOT NULL,
    owner               VARCHAR(100)  NOT NULL,
    status              VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'MITIGATING', 'CLOSED')),
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL,
    -- the tier is derived from the score when read, so the score must never drift from its factors
    CONSTRAINT risks_score_is_the_product CHECK (score = likelihood * impact * response_difficulty)
);

-- the register is read highest score first, and filtered by tier as a band of scores
CREATE INDEX risks_score ON risks (score DESC, created_at, id);
