package org.bulletincms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Thousands of published issues in seconds: rows cloned in SQL from one issue published through the API (the issue
 * row and its published edition with its snapshot, renumbered 2100 + k / 100, k % 100 + 1, cumulative 100 + k).
 * Publishing 10,000 issues through the API takes tens of minutes on a small machine. The clones' items are the
 * template's (no item rows of their own), so the benchmark requests no item URL of a clone; for the issue and
 * list URLs the delivery API reads only these rows. Documents the product derives at publish time and keeps in
 * other tables are not cloned: the benchmark measures the URLs of the issues published through the API. The two
 * tables are vacuumed and analyzed after the load, before anything is measured.
 */
final class IssueClones {

    private final DataSource database;

    IssueClones(DataSource database) {
        this.database = database;
    }

    /** Clones the issue numbered {@code 100 + from - 1} as issues {@code from} (inclusive) to {@code to} (exclusive). */
    int cloneLast(String publication, int from, int to) throws SQLException {
        if (to <= from) {
            return 0;
        }
        String template = "select id from issue where publication_id = ?::uuid and cumulative_number = ?";
        String issues = "insert into issue (id, publication_id, issue_year, number_in_year, cumulative_number, title,"
                + " planned_publication_date, stage, created_at, created_by, updated_at, updated_by, version, edition)"
                + " select md5(t.id::text || k)::uuid, t.publication_id, 2100 + k / 100, k % 100 + 1, 100 + k, t.title,"
                + " t.planned_publication_date, t.stage, now(), 'bench', now(), 'bench', 0, t.edition"
                + " from issue t, generate_series(?, ?) k where t.id = ?::uuid";
        String editions = "insert into published_edition (id, issue_id, publication_id, edition, issue_year,"
                + " number_in_year, cumulative_number, published_at, published_by, signed_hash, correction_note, snapshot)"
                + " select md5(e.id::text || k)::uuid, md5(e.issue_id::text || k)::uuid, e.publication_id, e.edition,"
                + " 2100 + k / 100, k % 100 + 1, 100 + k, e.published_at + k * interval '1 second', e.published_by,"
                + " e.signed_hash, e.correction_note,"
                + " jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(e.snapshot::jsonb,"
                + " '{issue}', to_jsonb(md5(e.issue_id::text || k)::uuid::text)),"
                + " '{year}', to_jsonb(2100 + k / 100)), '{number}', to_jsonb(k % 100 + 1)),"
                + " '{cumulativeNumber}', to_jsonb(100 + k)),"
                + " '{locales,zh-CN,label}', to_jsonb((2100 + k / 100) || '年第' || (k % 100 + 1) || '期 总第' || (100 + k) || '期')),"
                + " '{locales,en,label}', to_jsonb((2100 + k / 100) || ' No. ' || (k % 100 + 1) || ' (No. ' || (100 + k) || ')'))::text"
                + " from published_edition e, generate_series(?, ?) k where e.issue_id = ?::uuid";
        try (Connection db = database.getConnection()) {
            String source;
            try (PreparedStatement find = db.prepareStatement(template)) {
                find.setString(1, publication);
                find.setInt(2, 100 + from - 1);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    source = row.getString(1);
                }
            }
            for (String sql : List.of(issues, editions)) {
                try (PreparedStatement insert = db.prepareStatement(sql)) {
                    insert.setInt(1, from);
                    insert.setInt(2, to - 1);
                    insert.setString(3, source);
                    insert.executeUpdate();
                }
            }
            // As an operator does after a bulk load: otherwise autovacuum and analyze of the 9,900 new rows start
            // on their own during the next measurements, on the same two cores.
            try (Statement vacuum = db.createStatement()) {
                vacuum.execute("vacuum analyze issue, published_edition");
            }
        }
        return to - from;
    }
}
