package dev.nana.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys/values/entries stream rows in insertion order as they are consumed, holding resources until closed. */
class KvStoreStreamingTest {
    @TempDir
    Path dir;

    private static <T> List<T> all(Stream<T> stream) {
        try (stream) {
            return stream.collect(Collectors.toList());
        }
    }

    @Test
    void streamsAreInInsertionOrderAndAnOverwriteKeepsItsPlace() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("c", 1);
            store.put("a", 2);
            store.put("b", 3);
            store.put("a", 20);
            assertEquals(List.of("c", "a", "b"), all(store.keys()));
            assertEquals(List.of(1, 20, 3), all(store.values()));
            assertEquals(List.of(new SimpleImmutableEntry<>("c", 1), new SimpleImmutableEntry<>("a", 20),
                    new SimpleImmutableEntry<>("b", 3)), all(store.entries()));
            store.delete("c");
            store.put("c", 4);
            assertEquals(List.of("a", "b", "c"), all(store.keys()));
            assertEquals(TempDatabase.storedKeys(connection, "data"), all(store.keys()));
        }
    }

    @Test
    void streamsReadTheFileNotTheCache() throws Exception {
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            store.put("a", 1);
            TempDatabase.writeRow(connection, "data", "sql", "\"from SQL\"");
            assertEquals(List.of("a", "sql"), all(store.keys()));
            assertEquals(List.of(1, "from SQL"), all(store.values()));
        }
    }

    @Test
    void twentyThousandRowsStreamOneByOne() throws Exception {
        int rows = 20_000;
        try (Connection connection = TempDatabase.open(dir); KvStore store = KvStore.open(connection, "data")) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < rows; i++) {
                values.put(String.format("k%05d", i), Map.of("i", i));
            }
            store.batchPut(values);
            store.clearCache();
            AtomicLong count = new AtomicLong();
            AtomicLong sum = new AtomicLong();
            try (Stream<Map.Entry<String, Object>> entries = store.entries()) {
                entries.forEach(entry -> {
                    int i = (Integer) ((Map<?, ?>) entry.getValue()).get("i");
                    assertEquals(String.format("k%05d", i), entry.getKey());
                    count.incrementAndGet();
                    sum.addAndGet(i);
                });
            }
            assertEquals(rows, count.get());
            assertEquals((long) rows * (rows - 1) / 2, sum.get());
            try (Stream<String> keys = store.keys()) {
                Iterator<String> iterator = keys.iterator();
                assertEquals("k00000", iterator.next());
                assertEquals("k00001", iterator.next());
            }
            assertEquals(rows, store.size());
            // The store still works after a stream was closed half-read.
            store.put("after", true);
            assertEquals(rows + 1, TempDatabase.rowCount(connection, "data"));
        }
    }

    @Test
    void aStreamOverADataSourceHoldsItsConnectionUntilClosed() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data")) {
            store.put("a", 1);
            store.put("b", 2);
            assertEquals(0, dataSource.openConnections());
            Stream<String> keys = store.keys();
            assertEquals(1, dataSource.openConnections());
            Iterator<String> iterator = keys.iterator();
            assertEquals("a", iterator.next());
            assertEquals("b", iterator.next());
            assertFalse(iterator.hasNext());
            assertEquals(1, dataSource.openConnections(), "a consumed stream still holds its connection");
            keys.close();
            assertEquals(0, dataSource.openConnections());

            assertEquals(List.of(1, 2), all(store.values()));
            assertEquals(Map.of("a", 1, "b", 2), store.toMap());
            assertEquals(0, dataSource.openConnections());
        }
    }

    @Test
    void otherOperationsOfAPooledStoreWorkWhileAStreamIsOpen() throws Exception {
        FileDataSource dataSource = new FileDataSource(dir);
        try (KvStore store = KvStore.open(dataSource, "data")) {
            store.put("a", 1);
            try (Stream<String> keys = store.keys()) {
                Iterator<String> iterator = keys.iterator();
                assertEquals("a", iterator.next());
                store.put("b", 2);
                assertEquals(2, store.size());
            }
            assertEquals(0, dataSource.openConnections());
        }
    }
}
