-- One row to lock while a new claim is compared with the others and linked: two claims of the same
-- statement confirmed at the same moment (on one instance or two) would otherwise not see each
-- other, and stay unlinked. SELECT ... FOR UPDATE on it serialises the linking, not the confirming.
CREATE TABLE app_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO app_lock (name) VALUES ('claim-links');
