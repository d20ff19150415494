-- Refused by nana's policy at its third statement: the first two must be rolled back with it.
CREATE TABLE audit(id INTEGER PRIMARY KEY, note TEXT);
INSERT INTO accounts(name) VALUES ('second');
SELECT load_extension('/tmp/nana-flyway-no-such-extension.so');
