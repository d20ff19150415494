CREATE VIEW big_orders AS SELECT item, quantity FROM orders WHERE quantity > 2;
