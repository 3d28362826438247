-- An account's audience profile as ingested for a day: distributions by age band, gender, region and interest,
-- either as shares (0..1, each distribution summing to 1) or as counts. One row per account and day, replaced by a
-- later PUT of the same day. json (not jsonb) keeps the buckets in the order they were sent.
CREATE TABLE audience_profiles (
    account_id  VARCHAR(64) NOT NULL,
    day         DATE        NOT NULL,
    unit        VARCHAR(8)  NOT NULL CHECK (unit IN ('SHARE', 'COUNT')),
    age_bands   JSON        NOT NULL,
    genders     JSON        NOT NULL,
    regions     JSON        NOT NULL,
    interests   JSON        NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, day)
);
