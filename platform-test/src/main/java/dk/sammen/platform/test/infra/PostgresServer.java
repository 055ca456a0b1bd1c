package dk.sammen.platform.test.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server, wherever it came from, on which databases can be created and
 * dropped. Each service owns a database of its own.
 */
public record PostgresServer(String host, int port, String user, String password, String origin) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public void createDatabase(String name) {
        admin("CREATE DATABASE " + checked(name));
    }

    /** Drops the database, first ending any sessions still connected to it. */
    public void dropDatabase(String name) {
        admin("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
    }

    public void recreateDatabase(String name) {
        dropDatabase(name);
        createDatabase(name);
    }

    public boolean answers() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private void admin(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " refused: " + sql, e);
        }
    }

    private static String checked(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        return name;
    }
}
