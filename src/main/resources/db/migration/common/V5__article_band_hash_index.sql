-- Near-duplicate candidates are looked up by band hash alone (then the band is checked), which
-- the (band, band_hash) index cannot serve.
CREATE INDEX ix_article_band_hash ON article_band (band_hash);
