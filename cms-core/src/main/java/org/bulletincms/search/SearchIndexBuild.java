package org.bulletincms.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The claim to build one shared search index, so that of several nodes that start together and find the index
 * empty only one builds it. Read under a row lock ({@code PESSIMISTIC_WRITE}): the first node claims and builds;
 * the others, once the lock is theirs, see the claim and leave the build to it. A claim older than
 * {@link #LEASE} is taken over, since its node may have died before it finished.
 */
@Entity
@Table(name = "search_index_build")
public class SearchIndexBuild {

    /** Longer than building the index takes: the mass indexer loads the published texts and source pages once. */
    public static final Duration LEASE = Duration.ofMinutes(30);

    @Id
    @Column(name = "index_name")
    private String indexName;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected SearchIndexBuild() {
        // for JPA
    }

    /** Claims the build for {@code node} unless another claim is younger than the lease; true when claimed. */
    public boolean claim(String node, Instant now) {
        if (claimedAt != null && claimedAt.plus(LEASE).isAfter(now)) {
            return false;
        }
        claimedBy = node;
        claimedAt = now;
        return true;
    }

    /** Ends {@code node}'s claim (a finished build), so the next build need not wait for the lease. */
    public void release(String node) {
        if (node.equals(claimedBy)) {
            claimedAt = null;
        }
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }
}
