package dev.nana.spring.boot;

import dev.nana.kv.KvOptions;
import dev.nana.kv.KvStore;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** Key-value stores that join Spring's transactions; the beans of {@code nana.kv.namespaces} are opened here. */
public final class NanaKvStores {
    private NanaKvStores() {
    }

    /**
     * The store of {@code namespace} over {@code dataSource} (the pool): outside a transaction each operation borrows
     * a connection and commits on its own; inside a Spring transaction (JPA's or JDBC's, on this data source) it runs
     * on the transaction's connection and commits or rolls back with it, and the store's cache keeps none of it.
     */
    public static KvStore open(DataSource dataSource, String namespace, KvOptions options) throws SQLException {
        DataSource transactionAware = dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource : new TransactionAwareDataSourceProxy(dataSource);
        return KvStore.open(transactionAware, namespace, options, SpringTransactions.INSTANCE);
    }
}
