-- Each evaluation is kept: its raw inputs (JSON, for the record), each metric's normalized value (0..1) and the
-- weights used. The normalized values are columns so that a ranking can re-weight them in SQL.
CREATE TABLE partner_evaluations (
    id                   UUID PRIMARY KEY,
    partner_id           UUID          NOT NULL REFERENCES partners (id),
    -- a campaign of this service; no foreign key so that evaluations do not depend on the campaign schema
    campaign_id          UUID,
    inputs               TEXT          NOT NULL,
    audience_overlap     NUMERIC(5, 4) NOT NULL CHECK (audience_overlap BETWEEN 0 AND 1),
    engagement_rate      NUMERIC(5, 4) NOT NULL CHECK (engagement_rate BETWEEN 0 AND 1),
    conversion_ability   NUMERIC(5, 4) NOT NULL CHECK (conversion_ability BETWEEN 0 AND 1),
    content_fit          NUMERIC(5, 4) NOT NULL CHECK (content_fit BETWEEN 0 AND 1),
    cost_efficiency      NUMERIC(5, 4) NOT NULL CHECK (cost_efficiency BETWEEN 0 AND 1),
    reliability          NUMERIC(5, 4) NOT NULL CHECK (reliability BETWEEN 0 AND 1),
    w_audience_overlap   NUMERIC(7, 4) NOT NULL,
    w_engagement_rate    NUMERIC(7, 4) NOT NULL,
    w_conversion_ability NUMERIC(7, 4) NOT NULL,
    w_content_fit        NUMERIC(7, 4) NOT NULL,
    w_cost_efficiency    NUMERIC(7, 4) NOT NULL,
    w_reliability        NUMERIC(7, 4) NOT NULL,
    score                NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    evaluated_by         VARCHAR(255)  NOT NULL,
    evaluated_at         TIMESTAMPTZ   NOT NULL,
    note                 VARCHAR(1000)
);

CREATE INDEX partner_evaluations_partner ON partner_evaluations (partner_id, evaluated_at DESC);
CREATE INDEX partner_evaluations_campaign ON partner_evaluations (campaign_id, partner_id, evaluated_at DESC)
    WHERE campaign_id IS NOT NULL;
