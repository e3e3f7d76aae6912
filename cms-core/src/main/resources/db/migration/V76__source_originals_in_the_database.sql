-- The source store in the database (cms.sources.store=database; org.bulletincms.source.DatabaseSourceStore), so
-- that every node of a cluster reads the originals any node received. Empty with the default directory store.
-- An original's bytes are chunk rows of plain bytea rather than a large object: streamed a chunk at a time, in any
-- pg_dump of the tables, carried by logical replication, freed by ordinary VACUUM when deleted.
create table source_original (
    storage_key     varchar(32)   not null primary key,
    size            bigint        not null,
    sha256          varchar(64)   not null,
    kept_at         timestamp with time zone not null,
    -- an original without a source row is set aside for an operator, never deleted
    quarantined_at  timestamp with time zone
);

create table source_original_chunk (
    storage_key  varchar(32)  not null references source_original (storage_key) on delete cascade,
    position     integer      not null,
    bytes        bytea        not null,
    primary key (storage_key, position)
);

-- The identity of the store in the database, claimed at its first use like a directory store's store-id file.
create table source_original_store (
    name      varchar(32)  not null primary key,
    store_id  varchar(64)  not null
);
