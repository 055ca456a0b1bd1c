package dk.sammen.analytics.projection;

/**
 * Where a projection's tables are: the live schema readers use, or the schema a rebuild fills
 * beside it before its tables replace the live ones.
 */
public enum ProjectionSchema {
    LIVE("public"),
    REBUILD("analytics_rebuild");

    private final String name;

    ProjectionSchema(String name) {
        this.name = name;
    }

    public String schemaName() {
        return name;
    }

    /** The qualified name of a projection table in this schema. */
    public String table(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a projection table: " + table);
        }
        return name + "." + table;
    }
}
