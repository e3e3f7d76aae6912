package org.bulletincms.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The identity of the source store this database's rows point into, recorded at the store's first use. */
@Entity
@Table(name = "source_store")
public class RecordedStore {

    /** The one store of originals; a name leaves room for more (e.g. one per tenant) without a new table. */
    static final String ORIGINALS = "originals";

    @Id
    @Column(length = 32)
    private String name;

    @Column(name = "store_id", nullable = false, length = 64)
    private String storeId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedStore() {
        // for JPA
    }

    RecordedStore(String storeId, Instant recordedAt) {
        this.name = ORIGINALS;
        this.storeId = storeId;
        this.recordedAt = recordedAt;
    }

    public String storeId() {
        return storeId;
    }
}
