package org.bulletincms.it;

/** Which database this test run's WildFly uses; the build runs every integration test on both. */
public enum TestDatabase {
    H2("H2"),
    POSTGRESQL("PostgreSQL");

    private final String productName;

    TestDatabase(String productName) {
        this.productName = productName;
    }

    /** The name JDBC reports for this database ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public String productName() {
        return productName;
    }

    public static TestDatabase current() {
        return "postgresql".equals(System.getProperty("bulletin.it.database")) ? POSTGRESQL : H2;
    }

    static int postgresPort() {
        return Integer.getInteger("bulletin.it.postgres-port", 18432);
    }
}
