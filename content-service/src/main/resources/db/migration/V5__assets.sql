CREATE TABLE assets (
    id           UUID PRIMARY KEY,
    title        VARCHAR(100) NOT NULL,
    category     VARCHAR(24)  NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    status       VARCHAR(8)   NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    usage_count  INT          NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
    last_used_at TIMESTAMPTZ,
    retired_at   TIMESTAMPTZ,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX assets_staleness ON assets (status, usage_count, last_used_at NULLS FIRST, created_at, id);

CREATE TABLE asset_tags (
    asset_id UUID        NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    position INT         NOT NULL,
    tag      VARCHAR(20) NOT NULL,
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE asset_refresh_proposals (
    id            UUID PRIMARY KEY,
    status        VARCHAR(8)    NOT NULL CHECK (status IN ('PROPOSED', 'APPLIED')),
    share         NUMERIC(4, 3) NOT NULL,
    active_assets INT           NOT NULL,
    proposed_by   VARCHAR(100)  NOT NULL,
    expires_at    TIMESTAMPTZ   NOT NULL,
    applied_by    VARCHAR(100),
    applied_at    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

-- each proposed asset with the version it had, so that apply retires only assets unchanged since
CREATE TABLE asset_refresh_items (
    proposal_id   UUID        NOT NULL REFERENCES asset_refresh_proposals (id) ON DELETE CASCADE,
    position      INT         NOT NULL,
    asset_id      UUID        NOT NULL REFERENCES assets (id),
    asset_version BIGINT      NOT NULL,
    usage_count   INT         NOT NULL,
    last_used_at  TIMESTAMPTZ,
    outcome       VARCHAR(16),
    PRIMARY KEY (proposal_id, position)
);
