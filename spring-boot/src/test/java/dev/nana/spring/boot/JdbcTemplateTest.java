package dev.nana.spring.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Boot's JdbcTemplate on nana: queries, updates, batches, generated keys, and the table schema.sql created. */
class JdbcTemplateTest extends ShopDatabase {
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @AfterEach
    void empty() {
        jdbc.update("DELETE FROM audit");
    }

    @Test
    void updatesQueriesAndBatches() {
        assertEquals(1, jdbc.update("INSERT INTO audit(entry) VALUES (?)", "first"));
        int[] counts = jdbc.batchUpdate("INSERT INTO audit(entry) VALUES (?)",
                List.of(new Object[] {"second"}, new Object[] {"third"}));
        assertArrayEquals(new int[] {1, 1}, counts);

        assertEquals(List.of("first", "second", "third"),
                jdbc.queryForList("SELECT entry FROM audit ORDER BY id", String.class));
        assertEquals(2, jdbc.update("UPDATE audit SET entry = upper(entry) WHERE entry <> ?", "first"));
        Map<String, Object> row = jdbc.queryForMap("SELECT count(*) AS n, max(entry) AS last FROM audit");
        assertEquals(3, ((Number) row.get("n")).intValue());
        assertEquals("first", row.get("last"));
    }

    @Test
    void namedParametersAndGeneratedKeys() {
        KeyHolder keys = new GeneratedKeyHolder();
        named.update("INSERT INTO audit(entry) VALUES (:entry)", new MapSqlParameterSource("entry", "keyed"), keys);
        long id = keys.getKey().longValue();
        assertEquals("keyed", named.queryForObject("SELECT entry FROM audit WHERE id = :id",
                new MapSqlParameterSource("id", id), String.class));
    }
}
