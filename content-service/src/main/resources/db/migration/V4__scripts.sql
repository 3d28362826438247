CREATE TABLE script_templates (
    id          UUID PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    description VARCHAR(500),
    is_default  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX script_templates_name_unique ON script_templates (lower(name));
CREATE UNIQUE INDEX script_templates_one_default ON script_templates (is_default) WHERE is_default;

CREATE TABLE script_template_segments (
    template_id  UUID        NOT NULL REFERENCES script_templates (id) ON DELETE CASCADE,
    position     INT         NOT NULL,
    name         VARCHAR(40) NOT NULL,
    from_second  INT         NOT NULL CHECK (from_second >= 0),
    to_second    INT         NOT NULL,
    PRIMARY KEY (template_id, position),
    CHECK (to_second > from_second)
);

-- The playbook's template: a 3-second hook, core value to 15 s, emotional payoff to 30 s.
INSERT INTO script_templates (id, name, description, is_default, created_at, updated_at, version)
VALUES ('00000000-0000-0000-0000-00000000a001', 'HOOK_VALUE_PAYOFF_30S',
        'Hook (0-3 s), core value (3-15 s), emotional payoff (15-30 s)', TRUE, now(), now(), 0);
INSERT INTO script_template_segments (template_id, position, name, from_second, to_second) VALUES
    ('00000000-0000-0000-0000-00000000a001', 0, 'HOOK', 0, 3),
    ('00000000-0000-0000-0000-00000000a001', 1, 'CORE_VALUE', 3, 15),
    ('00000000-0000-0000-0000-00000000a001', 2, 'EMOTIONAL_PAYOFF', 15, 30);

CREATE TABLE scripts (
    id          UUID PRIMARY KEY,
    template_id UUID         NOT NULL REFERENCES script_templates (id),
    topic_id    UUID REFERENCES topics (id),
    account_id  UUID REFERENCES accounts (id),
    title       VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX scripts_template ON scripts (template_id);
CREATE INDEX scripts_topic ON scripts (topic_id);
CREATE INDEX scripts_account ON scripts (account_id);

CREATE TABLE script_segments (
    script_id    UUID          NOT NULL REFERENCES scripts (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    name         VARCHAR(40)   NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    start_second NUMERIC(6, 2) NOT NULL,
    end_second   NUMERIC(6, 2) NOT NULL,
    PRIMARY KEY (script_id, position)
);
