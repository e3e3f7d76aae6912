package org.bulletincms.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** A column of the schema that stores a person: their subject, or a legacy user name not claimed yet. */
public record UserColumn(String table, String column) {

    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public UserColumn {
        // both go into SQL text unquoted: only plain lower-case names are accepted
        if (!SQL_NAME.matcher(Objects.requireNonNull(table, "table")).matches()
                || !SQL_NAME.matcher(Objects.requireNonNull(column, "column")).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + table + "." + column);
        }
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
