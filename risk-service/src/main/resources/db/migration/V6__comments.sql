-- Comment monitoring: comments ingested per video, with their NEGATIVE lexicon terms, and the spikes found.
CREATE TABLE comments (
    comment_id  VARCHAR(100)  PRIMARY KEY,
    video_id    VARCHAR(100)  NOT NULL,
    account_id  VARCHAR(100)  NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    -- the folded text (Scanner.normalize): identical-comment bursts are judged on it
    normalized  VARCHAR(2000) NOT NULL,
    posted_at   TIMESTAMPTZ   NOT NULL,
    author_ref  VARCHAR(100),
    negative    BOOLEAN       NOT NULL,
    ingested_at TIMESTAMPTZ   NOT NULL
);

CREATE INDEX comments_video_posted ON comments (video_id, posted_at);
CREATE INDEX comments_account_posted ON comments (account_id, posted_at);

CREATE TABLE comment_negative_terms (
    comment_id VARCHAR(100) NOT NULL REFERENCES comments (comment_id) ON DELETE CASCADE,
    term       VARCHAR(200) NOT NULL,
    PRIMARY KEY (comment_id, term)
);

-- one row per spiking bucket of a video: the primary key is what makes a spike raise one incident only
CREATE TABLE comment_spikes (
    video_id       VARCHAR(100)  NOT NULL,
    bucket_start   TIMESTAMPTZ   NOT NULL,
    account_id     VARCHAR(100)  NOT NULL,
    comments       INT           NOT NULL,
    negative       INT           NOT NULL,
    ratio          NUMERIC(7, 4) NOT NULL,
    baseline_ratio NUMERIC(7, 4) NOT NULL,
    incident_id    UUID,
    detected_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (video_id, bucket_start)
);
