package dev.nana.jdbc;

/** Renders docs/properties.md from the registry, so the reference cannot drift from the code. */
final class PropertyReference {
    private PropertyReference() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Connection properties\n\n")
           .append("Generated from `NanaProperty` by `PropertiesTest` (`mvn -pl driver test -Dtest=PropertiesTest")
           .append(" -Dnana.writeDocs=true`); do not edit by hand.\n\n")
           .append("Set them in the URL query (`jdbc:nana:app.db?strict=false&busyTimeout=2000`), in the `Properties`")
           .append(" given to `DriverManager`, or with the bean setter of the same name on `NanaDataSource`.")
           .append(" A value in the URL wins over one in `Properties`. Secret properties may not appear in the URL,")
           .append(" are never echoed by `getPropertyInfo` and have no getter.\n\n")
           .append("Any other name must be a sqlite-jdbc setting (its pragma names, e.g. `foreign_keys=true`,")
           .append(" `cache_size=-65536`, `date_class=TEXT`), which is handed to sqlite-jdbc; anything else is")
           .append(" refused with SQLState HY024. `enable_load_extension` is always refused, and the sqlite-jdbc")
           .append(" names of settings nana manages (`busy_timeout`, `journal_mode`, `transaction_mode`,")
           .append(" `limit_length`) must be given under nana's name.\n\n")
           .append("| property | type | default | secret | description |\n")
           .append("|---|---|---|---|---|\n");
        for (NanaProperty property : NanaProperty.values()) {
            out.append("| `").append(property.propertyName()).append("` | ")
               .append(property.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
               .append(property.defaultValue() == null ? "(none)" : "`" + property.defaultValue() + "`")
               .append(property.defaultValue() != null && property.defaultValue().isEmpty() ? " (empty)" : "")
               .append(" | ").append(property.isSecret() ? "yes" : "no").append(" | ")
               .append(property.description()).append(" |\n");
        }
        return out.toString();
    }
}
