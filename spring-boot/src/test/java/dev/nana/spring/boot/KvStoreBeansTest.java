package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nana.kv.KvStore;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/** {@code nana.kv.namespaces=carts,sessions}: a KvStore bean per namespace, by qualifier, closed with the context. */
class KvStoreBeansTest extends ShopDatabase {
    @Autowired
    @Qualifier("carts")
    KvStore carts;

    @Autowired
    @Qualifier("sessions")
    KvStore sessions;

    @Autowired
    ApplicationContext context;

    @Test
    void oneBeanPerConfiguredNamespace() {
        Map<String, KvStore> stores = context.getBeansOfType(KvStore.class);
        assertEquals(Map.of("cartsKvStore", carts, "sessionsKvStore", sessions), stores);
        assertEquals("carts", carts.namespace());
        assertEquals("sessions", sessions.namespace());
    }

    @Test
    void theNamespacesAreSeparate() throws Exception {
        carts.put("shared-key", "a cart");
        sessions.put("shared-key", "a session");
        assertEquals("a cart", carts.get("shared-key"));
        assertEquals("a session", sessions.get("shared-key"));
    }

    @Test
    void theStoresCloseWithTheContextAndNoneIsMadeWithoutNamespaces() {
        AtomicReference<KvStore> opened = new AtomicReference<>();
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, NanaAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:nana:" + FILE);
        runner.withPropertyValues("nana.kv.namespaces=visits").run(started -> {
            KvStore visits = started.getBean("visitsKvStore", KvStore.class);
            visits.put("today", 1);
            opened.set(visits);
        });
        assertTrue(opened.get().isClosed());
        runner.run(started -> assertFalse(started.containsBean("visitsKvStore")));
    }
}
