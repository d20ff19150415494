-- The key-value namespace "settings" through SQL (docs/kv.md): nana creates its table on first use.
INSERT INTO kv.settings(key, value) VALUES ('theme', '"dark"');
INSERT INTO kv.settings(key, value) VALUES ('limits', '{"maxOrders":5,"currencies":["EUR","JPY"]}');
