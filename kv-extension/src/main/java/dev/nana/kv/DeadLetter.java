package dev.nana.kv;

/**
 * A buffered write that failed when it was flushed.
 *
 * @param key   its key
 * @param json  the JSON text it would have stored, or null for a delete
 * @param error why it failed (the database's message)
 */
public record DeadLetter(String key, String json, String error) {
}
