-- The video workflow: DRAFT -> submit (risk scan) -> APPROVED / IN_REVIEW / REJECTED -> SCHEDULED -> PUBLISHED -> RETIRED.
ALTER TABLE videos
    ADD COLUMN findings          TEXT,
    ADD COLUMN review_id         VARCHAR(64),
    ADD COLUMN review_checked_at TIMESTAMPTZ,
    ADD COLUMN publish_at        TIMESTAMPTZ,
    ADD COLUMN douyin_item_id    VARCHAR(64),
    ADD COLUMN published_at      TIMESTAMPTZ,
    ADD CONSTRAINT videos_status_known
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'SCHEDULED', 'PUBLISHED', 'RETIRED')),
    ADD CONSTRAINT videos_review_when_in_review CHECK (status <> 'IN_REVIEW' OR review_id IS NOT NULL),
    ADD CONSTRAINT videos_publish_at_when_scheduled CHECK (status <> 'SCHEDULED' OR publish_at IS NOT NULL);

-- One video per slot of an account: the calendar's conflict rule, also under concurrent scheduling.
CREATE UNIQUE INDEX videos_one_per_slot ON videos (account_id, publish_at)
    WHERE status IN ('SCHEDULED', 'PUBLISHED');
-- A Douyin item is one video.
CREATE UNIQUE INDEX videos_douyin_item_unique ON videos (douyin_item_id) WHERE douyin_item_id IS NOT NULL;
-- The review poller's work list.
CREATE INDEX videos_in_review ON videos (review_checked_at NULLS FIRST) WHERE status = 'IN_REVIEW';
CREATE INDEX videos_calendar ON videos (account_id, publish_at) WHERE publish_at IS NOT NULL;

CREATE TABLE video_transitions (
    id          UUID PRIMARY KEY,
    video_id    UUID         NOT NULL REFERENCES videos (id),
    from_status VARCHAR(16),
    to_status   VARCHAR(16)  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    note        VARCHAR(1000),
    findings    TEXT,
    review_id   VARCHAR(64)
);

CREATE INDEX video_transitions_video ON video_transitions (video_id, at, id);
