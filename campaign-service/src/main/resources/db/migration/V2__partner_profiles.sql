-- A creator may be signed to an MCN: its partnerships then belong to that MCN's agency (tenant).
ALTER TABLE partners ADD COLUMN mcn_id UUID REFERENCES partners (id);
ALTER TABLE partners ADD COLUMN category VARCHAR(40);
ALTER TABLE partners ADD COLUMN followers BIGINT CHECK (followers >= 0);
ALTER TABLE partners ADD CONSTRAINT partners_mcn_only_for_creators CHECK (mcn_id IS NULL OR type = 'CREATOR');

CREATE INDEX partners_mcn ON partners (mcn_id) WHERE mcn_id IS NOT NULL;
CREATE INDEX partners_category ON partners (category) WHERE category IS NOT NULL;
