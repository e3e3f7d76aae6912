-- The source store's identity (org.bulletincms.source.SourceReconciliation): written into the store at its first
-- use and recorded here, so a node that starts with an empty, unmounted or different store recognises that it is
-- not the store this database knows, and reconciles nothing instead of taking every original for lost.
create table source_store (
    name         varchar(32)   not null primary key,
    store_id     varchar(64)   not null,
    recorded_at  timestamp with time zone not null
);

-- A source whose original the store does not hold is marked, never deleted: why, and since when. Cleared when the
-- store holds the file again.
alter table source_document add column original_missing_reason varchar(32);
alter table source_document add column original_missing_since timestamp with time zone;
