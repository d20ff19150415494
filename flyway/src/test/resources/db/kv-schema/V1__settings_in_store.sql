-- The key-value namespace "settings" under the schema name "store" (property kvSchema=store).
INSERT INTO store.settings(key, value) VALUES ('theme', '"light"');
