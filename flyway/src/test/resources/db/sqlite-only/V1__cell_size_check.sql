-- A pragma write that nana's policy refuses and raw SQLite runs: it tells the two drivers apart.
PRAGMA cell_size_check = ON;
CREATE TABLE raw_sqlite(id INTEGER PRIMARY KEY);
