-- Evaluations and partnerships were written before campaigns had a table: now a campaign they name must exist.
ALTER TABLE partner_evaluations
    ADD CONSTRAINT partner_evaluations_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns (id);
ALTER TABLE partnerships
    ADD CONSTRAINT partnerships_campaign_fk FOREIGN KEY (campaign_id) REFERENCES campaigns (id);
CREATE INDEX partnerships_campaign ON partnerships (campaign_id) WHERE campaign_id IS NOT NULL;
