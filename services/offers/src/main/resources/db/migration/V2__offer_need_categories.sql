-- The need categories an offer serves: how the catalogue and the courses recognise double offers.
ALTER TABLE offer_view ADD COLUMN need_categories TEXT[] NOT NULL DEFAULT '{}';
