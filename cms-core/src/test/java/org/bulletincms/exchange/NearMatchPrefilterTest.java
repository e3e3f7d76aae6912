package org.bulletincms.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The near-match prefilter on a memory of 10,000 entries, on the schema migrations V95 and V99 create (H2 in
 * PostgreSQL mode, as the product runs it), with the very query the memory runs. It finds the entry a segment was
 * made from while looking at a small part of the memory, and says how long a lookup takes.
 */
class NearMatchPrefilterTest {

    private static final int ENTRIES = 10_000;
    private static final UUID PUBLISHED = UUID.randomUUID();
    private static final UUID DRAFTED = UUID.randomUUID();

    private Connection connection;
    private final Random random = new Random(18);
    private final List<String> memory = new ArrayList<>();

    @BeforeEach
    void fillTheMemory() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        connection = database.getConnection();
        migrate("V95__translation_memory.sql");
        migrate("V99__translation_memory_near_matches.sql");
        connection.setAutoCommit(false);
        try (PreparedStatement entry = connection.prepareStatement("insert into translation_memory (id,"
                        + " source_locale, target_locale, source_fingerprint, source_text, target_text, rich_text,"
                        + " issue_id, unit_id, recorded_at, source_length) values (?, 'zh', 'en', ?, ?, 'x', false,"
                        + " ?, 'item:1:title', ?, ?)");
                PreparedStatement key = connection.prepareStatement(
                        "insert into translation_memory_sketch (entry_id, sketch_key) values (?, ?)")) {
            for (int i = 0; i < ENTRIES; i++) {
                String text = i % 2 == 0 ? english() : chinese();
                memory.add(text);
                UUID id = UUID.randomUUID();
                SourceSketch sketch = SourceSketch.of(text);
                entry.setObject(1, id);
                entry.setString(2, fingerprint(text));
                entry.setString(3, text);
                entry.setObject(4, PUBLISHED);
                entry.setTimestamp(5, Timestamp.from(Instant.now()));
                entry.setInt(6, sketch.length());
                entry.addBatch();
                for (long sketchKey : sketch.keys()) {
                    key.setObject(1, id);
                    key.setLong(2, sketchKey);
                    key.addBatch();
                }
            }
            entry.executeBatch();
            key.executeBatch();
        }
        connection.commit();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void aSegmentEditedFromAnEntryFindsItAmongFewCandidates() throws Exception {
        int lookups = 400;
        int near = 0;
        int found = 0;
        long candidates = 0;
        long started = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            String original = memory.get(random.nextInt(ENTRIES));
            String segment = edited(original);
            boolean isNear = Similarity.atLeast(segment, original, Similarity.NEAR_MATCH_THRESHOLD)
                    .isPresent();
            List<String> offered = candidates(segment);
            candidates += offered.size();
            offered.forEach(text -> Similarity.atLeast(segment, text, Similarity.NEAR_MATCH_THRESHOLD));
            if (isNear) {
                near++;
                if (offered.contains(original)) {
                    found++;
                }
            }
        }
        long micros = (System.nanoTime() - started) / 1_000 / lookups;
        System.out.printf(
                "near-match lookup in %d entries (query and similarities): %d µs, %d candidates on average,"
                        + " %d of %d near entries found%n",
                ENTRIES, micros, candidates / lookups, found, near);
        assertTrue(near > lookups / 2, "most edited segments stay near: " + near);
        assertTrue(found >= near * 95 / 100, found + " of " + near + " near entries found");
        assertTrue(candidates / lookups < ENTRIES / 50, "candidates per lookup: " + candidates / lookups);
    }

    /** The source texts of the candidates the memory's own query returns. */
    private List<String> candidates(String segment) throws Exception {
        SourceSketch sketch = SourceSketch.of(segment);
        List<Object> parameters = NearCandidates.parameters("zh", "en", DRAFTED, fingerprint(segment), sketch);
        String sql = NearCandidates.sql(sketch).replaceAll("\\?\\d+", "?");
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(2));
                }
            }
            return texts;
        }
    }

    /** A translator's edit: a word or phrase of a stretch replaced, inserted or removed. */
    private String edited(String text) {
        int[] points = text.codePoints().toArray();
        int length = Math.max(1, points.length * (5 + random.nextInt(20)) / 100);
        int at = random.nextInt(Math.max(1, points.length - length));
        String before = new String(points, 0, at);
        String after = new String(
                points, Math.min(points.length, at + length), points.length - Math.min(points.length, at + length));
        String replacement = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> new String(points, at, Math.min(length, points.length - at)) + word(text);
            default -> word(text);
        };
        return before + replacement + after;
    }

    private String word(String like) {
        return like.codePoints().anyMatch(c -> c > 0x3000)
                ? chinese().substring(0, 3)
                : " " + VOCABULARY.get(random.nextInt(VOCABULARY.size()));
    }

    private String english() {
        StringBuilder text = new StringBuilder();
        int words = 4 + random.nextInt(26);
        for (int w = 0; w < words; w++) {
            String word = random.nextInt(3) == 0
                    ? FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]
                    : VOCABULARY.get(random.nextInt(VOCABULARY.size()));
            text.append(w == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }

    private String chinese() {
        StringBuilder text = new StringBuilder();
        int characters = 6 + random.nextInt(60);
        for (int c = 0; c < characters; c++) {
            text.append(HANZI.charAt(random.nextInt(HANZI.length())));
        }
        return text.toString();
    }

    private void migrate(String name) throws Exception {
        String migration = new String(
                getClass().getResourceAsStream("/db/migration/" + name).readAllBytes(), StandardCharsets.UTF_8);
        try (Statement sql = connection.createStatement()) {
            for (String statement : migration.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
    }

    private static String fingerprint(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String[] FUNCTION_WORDS =
            "the of and to in for on with by a an is are was from at as that this".split(" ");

    /** 3,000 made-up words of 3 to 10 letters, with English letter frequencies roughly. */
    private static final List<String> VOCABULARY = vocabulary();

    private static List<String> vocabulary() {
        Random letters = new Random(3);
        String alphabet =
                "eeeeeeeeeeeettttttttaaaaaaaoooooooiiiiiiinnnnnnnsssssshhhhhhrrrrrrddddllllcccuuummwwffggyyppbbvk";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 3 + letters.nextInt(8);
            for (int c = 0; c < length; c++) {
                word.append(alphabet.charAt(letters.nextInt(alphabet.length())));
            }
            words.add(word.toString());
        }
        return words;
    }

    private static final String HANZI = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
            + "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民"
            + "样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被"
            + "走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通"
            + "目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记";
}
