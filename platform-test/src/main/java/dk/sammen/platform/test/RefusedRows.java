package dk.sammen.platform.test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table that refuses rows, as a bug in the code writing them, a constraint it breaks or a
 * database fault would: the way a test makes one write fail among many and watches what the
 * service does about it. Ends with its try-with-resources block, so the next test writes freely.
 */
public final class RefusedRows implements AutoCloseable {

    private final JdbcClient jdbc;
    private final String table;
    private final String name;

    private RefusedRows(JdbcClient jdbc, String table, String condition, String raise) {
        this.jdbc = jdbc;
        this.table = table;
        this.name = "refuse_" + table.replaceAll("\\W", "_");
        jdbc.sql("""
                CREATE FUNCTION %s() RETURNS trigger AS $$ BEGIN
                  IF %s THEN RAISE EXCEPTION %s; END IF; RETURN NEW; END $$ LANGUAGE plpgsql""".formatted(name, condition, raise)).update();
        jdbc.sql("CREATE TRIGGER %s BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()".formatted(name, table, name)).update();
    }

    /** Inserts into {@code table} whose {@code column} holds {@code value} fail with {@code message}. */
    public static RefusedRows where(JdbcClient jdbc, String table, String column, Object value, String message) {
        return new RefusedRows(jdbc, table, "NEW.%s::text = %s".formatted(column, literal(value)), literal(message));
    }

    /**
     * Every insert into {@code table} fails with the SQLSTATE {@code sqlState}: {@code 40001}
     * (could not serialize) is the transient kind a service retries, anything else a lasting one.
     */
    public static RefusedRows all(JdbcClient jdbc, String table, String sqlState, String message) {
        return new RefusedRows(jdbc, table, "true", literal(message) + " USING ERRCODE = " + literal(sqlState));
    }

    private static String literal(Object value) {
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    @Override
    public void close() {
        jdbc.sql("DROP TRIGGER %s ON %s".formatted(name, table)).update();
        jdbc.sql("DROP FUNCTION %s()".formatted(name)).update();
    }
}
