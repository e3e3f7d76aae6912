-- Source reports (org.bulletincms.source). Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
-- The original file lives in the source store under storage_key; the row is written after the file is in place,
-- and start-up reconciliation removes files without a row and rows without a file (see SourceReconciliation).
create table source_document (
    id                    uuid          not null primary key,
    storage_key           varchar(64)   not null unique,
    sha256                varchar(64)   not null unique,
    size_bytes            bigint        not null,
    filename              varchar(255)  not null,
    media_type            varchar(255)  not null,
    status                varchar(16)   not null,
    progress              integer       not null,
    failure_reason        varchar(32),
    failure_detail        varchar(1000),
    title                 varchar(1000),
    author                varchar(1000),
    document_created      varchar(40),
    document_modified     varchar(40),
    page_count            integer,
    paged                 boolean,
    languages             varchar(200),
    uploaded_by           varchar(100)  not null,
    uploaded_at           timestamp with time zone not null,
    attempts              integer       not null,
    extraction_started_at timestamp with time zone,
    extracted_by_node     varchar(100),
    extracted_at          timestamp with time zone,
    version               bigint        not null
);
create index source_document_status on source_document (status, uploaded_at);
create index source_document_uploaded on source_document (uploaded_at);

-- The extracted text, one row per page of a paged document (PDF), one row with no number otherwise.
-- paragraphs: a JSON array of {"text", "language"}; body: the page's plain text, for the search index.
create table source_page (
    id           uuid     not null primary key,
    source_id    uuid     not null references source_document (id) on delete cascade,
    page_number  integer,
    position     integer  not null,
    body         varchar  not null,
    paragraphs   varchar  not null
);
create index source_page_source on source_page (source_id, position);

-- Which source reports an item was written from.
create table item_source (
    item_id    uuid         not null references item (id) on delete cascade,
    source_id  uuid         not null references source_document (id) on delete cascade,
    linked_by  varchar(100) not null,
    linked_at  timestamp with time zone not null,
    primary key (item_id, source_id)
);
create index item_source_source on item_source (source_id);
