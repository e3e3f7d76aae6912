package org.bulletincms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

/**
 * Both seed issues entered exactly as published (no item edited or deleted on the way), with their pictures
 * ({@link SeedPictures}: drawn by the test, uploaded to the publication's library, placed where the seeds print
 * pictures), translated, signed off and published once per database run, for the tests that only read what readers get ({@link WebEditionIT},
 * {@link PrintEditionIT}). Each run starts from a fresh database that its test classes share, so the first test to
 * ask enters and publishes them under {@link #SLUG} and every later one finds them published: entering and
 * publishing the two issues is most of what those tests cost, and they never change them.
 */
final class PublishedSeeds {

    /** The seed publication's slug in every run; the database is fresh per run, so nothing else uses it. */
    static final String SLUG = "spp-seed-issues";

    private static final Path NOTES = Path.of("target/web-edition/seed-publication-times.txt");

    private PublishedSeeds() {}

    /** The slug of the publication holding both seed issues, published; entered and published on first use. */
    static synchronized String slug() throws IOException {
        if (!publishedInThisRun()) {
            long started = System.nanoTime();
            JsonObject publication = SeedIssuesIT.startSeedPublication(SLUG);
            SeedPictures pictures = SeedPictures.uploadedTo(publication.getString("id"));
            WebEditionIT.publish(
                    SeedIssuesIT.enter(publication, 2024, 2, 16, SeedIssuesIT.ISSUE_2024_2, pictures::placedIn));
            WebEditionIT.publish(
                    SeedIssuesIT.enter(publication, 2021, 4, 6, SeedIssuesIT.ISSUE_2021_4, pictures::placedIn));
            note("both seed issues entered and published in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
        return SLUG;
    }

    /** What each run's fixture cost, beside the other timings of the renderings' tests. */
    private static void note(String line) throws IOException {
        Files.createDirectories(NOTES.getParent());
        Files.writeString(
                NOTES,
                TestDatabase.current().productName() + ": " + line + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Whether an earlier test of this run (this class or another) published both issues. */
    private static boolean publishedInThisRun() {
        List<Integer> statuses = List.of("2024/2", "2021/4").stream()
                .map(issue -> Api.anonymous()
                        .get("/api/delivery/v1/publications/" + SLUG + "/issues/" + issue)
                        .status())
                .toList();
        if (statuses.equals(List.of(404, 404))) {
            return false;
        }
        assertEquals(
                List.of(200, 200),
                statuses,
                "both seed issues of " + SLUG + " are published once an earlier test has entered them");
        return true;
    }
}
