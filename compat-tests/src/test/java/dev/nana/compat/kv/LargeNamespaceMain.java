package dev.nana.compat.kv;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes, streams and reads back a namespace far larger than its own heap with default options, for
 * {@link KvMemoryBoundTest}; prints the counts.
 */
public final class LargeNamespaceMain {
    static final int VALUES = 150_000;
    static final int BATCH = 10_000;

    private LargeNamespaceMain() {
    }

    static Map<String, Object> value(int i) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("n", i);
        value.put("text", ("value " + i + " ").repeat(100).substring(0, 600) + "v".repeat(400));
        return value;
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + args[0])) {
            KvStore store = connection.unwrap(NanaConnection.class).kv("data");
            for (int from = 0; from < VALUES; from += BATCH) {
                Map<String, Object> batch = new LinkedHashMap<>();
                for (int i = from; i < from + BATCH; i++) {
                    batch.put("key" + i, value(i));
                }
                store.batchPut(batch);
            }
            for (int i = VALUES; i < VALUES + 1000; i++) {
                store.put("key" + i, value(i));
            }
            long keys;
            try (Stream<String> all = store.keys()) {
                keys = all.count();
            }
            long values;
            try (Stream<Object> all = store.values()) {
                values = all.filter(value -> ((String) ((Map<?, ?>) value).get("text")).length() == 1000).count();
            }
            long read = 0;
            for (int i = 0; i < VALUES + 1000; i++) {
                if (((Number) ((Map<?, ?>) store.get("key" + i)).get("n")).intValue() == i) {
                    read++;
                }
            }
            System.out.println("keys=" + keys + " values=" + values + " read=" + read);
        }
    }
}
