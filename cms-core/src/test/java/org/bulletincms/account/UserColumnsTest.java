package org.bulletincms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The list of user columns is complete: read from the migrations, as the next migration will be. */
class UserColumnsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("^create table (\\w+) \\($");
    private static final Pattern COLUMN = Pattern.compile("^(\\w+)\\s+\\w+.*$");
    private static final Pattern ADD = Pattern.compile("^alter table (\\w+) add column (\\w+) .*$");
    private static final Set<String> NOT_COLUMNS = Set.of("constraint", "primary", "unique", "foreign", "check");
    private static final Set<String> PERSON_WORDS = Set.of(
            "author",
            "actor",
            "approver",
            "translator",
            "username",
            "user",
            "owner",
            "assignee",
            "reviewer",
            "editor",
            "subject");

    @Test
    void everyColumnNamedLikeAPersonIsAUserColumnOrSaidNotToBeOne() throws IOException {
        List<UserColumn> personLike =
                columns().stream().filter(UserColumnsTest::namedLikeAPerson).toList();

        List<UserColumn> unlisted = personLike.stream()
                .filter(c -> !UserColumns.ALL.contains(c) && !UserColumns.NOT_PEOPLE.containsKey(c))
                .toList();

        assertEquals(
                List.of(),
                unlisted,
                "columns that look like they store a person: add them to UserColumns.ALL"
                        + " (and to the legacy name migration) or to NOT_PEOPLE with the reason");
    }

    @Test
    void everyListedUserColumnExistsInTheSchema() throws IOException {
        List<UserColumn> schema = columns();

        assertEquals(
                List.of(),
                UserColumns.ALL.stream().filter(c -> !schema.contains(c)).toList());
        assertEquals(
                List.of(),
                UserColumns.NOT_PEOPLE.keySet().stream()
                        .filter(c -> !schema.contains(c))
                        .toList());
    }

    @Test
    void theMigrationToSubjectsCollectsTheNamesOfEveryUserColumn() throws IOException {
        String migration = Files.readString(MIGRATIONS.resolve("V71__accounts_by_subject.sql"));

        for (UserColumn column : UserColumns.ALL) {
            for (UserColumn collected : FILLED_AFTER_V71_FROM.getOrDefault(column, List.of(column))) {
                assertTrue(
                        Pattern.compile("select " + collected.column() + "( as name)? from " + collected.table()
                                        + "\\b")
                                .matcher(migration)
                                .find(),
                        column + " (names from " + collected + ")");
            }
        }
    }

    /**
     * User columns created after V71 (which cannot change once applied), with the columns their first rows were
     * copied from: V71 collected the legacy names of those, so every legacy name in them is claimable. A column that
     * only ever held subjects copies from none.
     */
    private static final Map<UserColumn, List<UserColumn>> FILLED_AFTER_V71_FROM = Map.of(
            new UserColumn("review_decision", "reviewer"),
            List.of(new UserColumn("sign_off", "approver"), new UserColumn("audit_entry", "actor")),
            new UserColumn("media_image", "uploaded_by"),
            List.of());

    @Test
    void aColumnEndingInByIsTakenForAPerson() {
        assertTrue(namedLikeAPerson(new UserColumn("issue", "archived_by")));
        assertTrue(namedLikeAPerson(new UserColumn("item", "reviewer")));
        assertFalse(namedLikeAPerson(new UserColumn("issue", "published_at")));
    }

    private static boolean namedLikeAPerson(UserColumn column) {
        String name = column.column();
        return name.endsWith("_by")
                || PERSON_WORDS.contains(name)
                || PERSON_WORDS.stream().anyMatch(word -> name.endsWith("_" + word) || name.startsWith(word + "_"));
    }

    /** Every column the migrations create, in the order Flyway applies them. */
    private static List<UserColumn> columns() throws IOException {
        List<UserColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path migration : migrations()) {
            String table = null;
            for (String raw : Files.readAllLines(migration)) {
                String line = raw.replaceFirst("--.*$", "").trim().toLowerCase(Locale.ROOT);
                Matcher create = CREATE.matcher(line);
                Matcher add = ADD.matcher(line);
                Matcher column = COLUMN.matcher(line);
                if (create.matches()) {
                    table = create.group(1);
                } else if (line.startsWith(")")) {
                    table = null;
                } else if (add.matches()) {
                    addOnce(columns, seen, new UserColumn(add.group(1), add.group(2)));
                } else if (table != null && column.matches() && !NOT_COLUMNS.contains(column.group(1))) {
                    addOnce(columns, seen, new UserColumn(table, column.group(1)));
                }
            }
        }
        return columns;
    }

    private static void addOnce(List<UserColumn> columns, Set<String> seen, UserColumn column) {
        if (seen.add(column.toString())) {
            columns.add(column);
        }
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(UserColumnsTest::version))
                    .toList();
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
