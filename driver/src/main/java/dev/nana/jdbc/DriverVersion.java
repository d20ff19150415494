package dev.nana.jdbc;

/** The driver's name and version, reported by the Driver and by DatabaseMetaData. */
final class DriverVersion {
    static final String NAME = "nana-jdbc";
    static final int MAJOR = 0;
    static final int MINOR = 1;
    static final String VERSION = MAJOR + "." + MINOR;

    private DriverVersion() {
    }
}
