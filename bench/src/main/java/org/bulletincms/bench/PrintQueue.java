package org.bulletincms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The print PDFs still to be made (issue 15's {@code print_job} rows). Publishing queues two PDFs per issue, laid
 * out after the commit by the server's own worker, about a second of CPU each: a measurement started while they
 * are being made measures the print worker too. The benchmark waits until the queue is empty before it measures
 * delivery or times a publish call, and reports how long the PDFs took.
 */
final class PrintQueue {

    /** Jobs that failed this often are no longer claimed (the product's {@code PrintJobs.MAX_ATTEMPTS}). */
    private static final int MAX_ATTEMPTS = 3;

    private static final Duration DEADLINE = Duration.ofMinutes(15);

    private final DataSource database;

    PrintQueue(DataSource database) {
        this.database = database;
    }

    /** Waits until no claimable print job is left; how long that took. */
    Duration drain() throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + DEADLINE.toNanos();
        while (pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("print jobs still pending after " + DEADLINE);
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private int pending() throws SQLException {
        try (Connection db = database.getConnection();
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("select count(*) from print_job where attempts < " + MAX_ATTEMPTS)) {
            row.next();
            return row.getInt(1);
        }
    }
}
