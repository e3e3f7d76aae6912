package org.bulletincms.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An item was written from a source report: the report summary and the PDF it summarises. */
@Entity
@Table(name = "item_source")
public class SourceLink {

    @EmbeddedId
    private Key key;

    @Column(name = "linked_by", nullable = false, length = 100)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected SourceLink() {
        // for JPA
    }

    SourceLink(UUID itemId, UUID sourceId, String linkedBy, Instant linkedAt) {
        this.key = new Key(itemId, sourceId);
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public UUID itemId() {
        return key.itemId;
    }

    public UUID sourceId() {
        return key.sourceId;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "item_id", nullable = false)
        private UUID itemId;

        @Column(name = "source_id", nullable = false)
        private UUID sourceId;

        protected Key() {
            // for JPA
        }

        Key(UUID itemId, UUID sourceId) {
            this.itemId = itemId;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && itemId.equals(that.itemId) && sourceId.equals(that.sourceId);
        }

        @Override
        public int hashCode() {
            return 31 * itemId.hashCode() + sourceId.hashCode();
        }
    }
}
