package dev.nana.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/**
 * Run in a child JVM by {@link KvEncryptionOnConnectionTest}, whose environment holds the key: a test cannot set
 * its own JVM's environment. Writes args[2] under key "alice" of namespace cards in database args[0], with the key
 * from the variable named args[1], and prints what it reads back.
 */
public final class KeyFromEnvironmentMain {
    private KeyFromEnvironmentMain() {
    }

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("encryptionKeyEnv", args[1]);
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + args[0], properties)) {
            NanaConnection nana = connection.unwrap(NanaConnection.class);
            nana.kv("cards").put("alice", args[2]);
            System.out.println(nana.kv("cards").get("alice"));
        }
    }
}
