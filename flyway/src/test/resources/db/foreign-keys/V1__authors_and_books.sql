CREATE TABLE authors(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
CREATE TABLE books(id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id), title TEXT NOT NULL);
INSERT INTO authors(name) VALUES ('Ursula');
INSERT INTO books(author_id, title) VALUES (1, 'The Dispossessed');
