package dev.nana.compat.kv;

import dev.nana.jdbc.NanaConnection;
import dev.nana.kv.KvStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Another process writing a namespace, for {@link KvOtherProcessWritesTest}: reads lines {@code key value} from
 * stdin, puts each through its own jdbc:nana: connection, and answers {@code written key} once it committed.
 */
public final class OtherProcessWriterMain {
    private OtherProcessWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:nana:" + args[0]);
             BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            KvStore store = connection.unwrap(NanaConnection.class).kv("data");
            System.out.println("ready");
            System.out.flush();
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                String[] command = line.split(" ", 2);
                store.put(command[0], command[1]);
                System.out.println("written " + command[0]);
                System.out.flush();
            }
        }
    }
}
