package dev.nana.compat.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsTest {
    @TempDir
    Path directory;

    private HikariDataSource database;
    private Items items;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = ExampleDatabase.open(directory.resolve("app.db"));
        ExampleDatabase.createSchema(database);
        items = new Items(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void createGetUpdateDelete() throws SQLException {
        long first = items.create("lamp", "{\"watts\":40}");
        long second = items.create("desk", "{}");
        assertEquals(first + 1, second);

        Map<String, Object> lamp = items.get(first).orElseThrow();
        assertEquals(List.of("id", "name", "data", "value", "status", "user_id"), List.copyOf(lamp.keySet()));
        assertEquals("lamp", lamp.get("name"));
        assertEquals("{\"watts\":40}", lamp.get("data"));
        assertEquals("new", lamp.get("status"));

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", "sold");
        changes.put("value", 25);
        assertTrue(items.update(first, changes));
        assertEquals("sold", items.get(first).orElseThrow().get("status"));
        assertEquals(25, ((Number) items.get(first).orElseThrow().get("value")).intValue());
        assertFalse(items.update(first + 100, changes));
        assertFalse(items.update(first, Map.of()));

        assertTrue(items.delete(first));
        assertTrue(items.get(first).isEmpty());
        assertFalse(items.delete(first));
        assertEquals(List.of(second), ids(items.withStatus("new")));
    }

    @Test
    void updateRefusesColumnNamesOutsideTheFixedSet() throws SQLException {
        long id = items.create("lamp", "{}");
        assertThrows(IllegalArgumentException.class,
                () -> items.update(id, Map.of("status = 'x'; DROP TABLE items; --", "y")));
        assertEquals("lamp", items.get(id).orElseThrow().get("name"));
    }

    @Test
    void batchInsertAndBatchStatusUpdate() throws SQLException {
        List<Items.NewItem> batch = IntStream.rangeClosed(1, 50)
                .mapToObj(i -> new Items.NewItem("item " + i, "{\"n\":" + i + "}")).toList();
        assertEquals(50, items.insertAll(batch));
        List<Long> all = ids(items.withStatus("new"));
        assertEquals(50, all.size());

        List<Long> toArchive = new ArrayList<>(all.subList(0, 20));
        toArchive.add(9_999L);
        assertEquals(20, items.updateStatus(toArchive, "archived"));
        assertEquals(all.subList(0, 20), ids(items.withStatus("archived")));
        assertEquals(all.subList(20, 50), ids(items.withStatus("new")));
    }

    @Test
    void batchInsertIsAllOrNothing() throws SQLException {
        List<Items.NewItem> batch = List.of(new Items.NewItem("a", "{}"), new Items.NewItem("a", "{}"));
        SQLException duplicate = assertThrows(SQLException.class, () -> items.insertAll(batch));
        assertEquals("23505", duplicate.getSQLState());
        assertEquals(List.of(), items.withStatus("new"));
    }

    @Test
    void streamsTenThousandRowsInBatchesOfAThousand() throws SQLException {
        items.insertAll(IntStream.range(0, 10_000).mapToObj(i -> new Items.NewItem("item " + i, null)).toList());
        List<Integer> batchSizes = new ArrayList<>();
        List<Long> streamedIds = new ArrayList<>();
        long streamed = items.stream(1_000, batch -> {
            batchSizes.add(batch.size());
            batch.forEach(row -> streamedIds.add(((Number) row.get("id")).longValue()));
        });
        assertEquals(10_000, streamed);
        assertEquals(IntStream.range(0, 10).mapToObj(i -> 1_000).toList(), batchSizes);
        assertEquals(LongStream.rangeClosed(1, 10_000).boxed().toList(), streamedIds);
    }

    @Test
    void aShortLastBatchIsHandedOverToo() throws SQLException {
        items.insertAll(IntStream.range(0, 2_500).mapToObj(i -> new Items.NewItem("item " + i, null)).toList());
        List<Integer> batchSizes = new ArrayList<>();
        assertEquals(2_500, items.stream(1_000, batch -> batchSizes.add(batch.size())));
        assertEquals(List.of(1_000, 1_000, 500), batchSizes);
    }

    private static List<Long> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
    }
}
