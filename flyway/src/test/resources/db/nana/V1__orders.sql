-- Several statements in one file, one of them a trigger whose body holds several statements, a CASE ... END
-- and a ';' inside a string: Flyway's SQLite parser splits the file, nana runs each piece.
CREATE TABLE orders(id INTEGER PRIMARY KEY, item TEXT NOT NULL, quantity INTEGER NOT NULL);
CREATE TABLE order_log(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, note TEXT NOT NULL);
CREATE TABLE totals(item TEXT PRIMARY KEY, quantity INTEGER NOT NULL);

CREATE TRIGGER orders_logged AFTER INSERT ON orders
BEGIN
    INSERT INTO order_log(order_id, note)
        VALUES (NEW.id, 'added; ' || CASE WHEN NEW.quantity > 2 THEN 'big' ELSE 'small' END || ' ' || NEW.item);
    INSERT INTO totals(item, quantity) VALUES (NEW.item, NEW.quantity)
        ON CONFLICT(item) DO UPDATE SET quantity = quantity + excluded.quantity;
END;

INSERT INTO orders(item, quantity) VALUES ('apple', 2);
INSERT INTO orders(item, quantity) VALUES ('pear', 1); INSERT INTO orders(item, quantity) VALUES ('apple', 3);
