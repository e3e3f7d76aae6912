-- Every delivery document of every published edition, compiled once in the publishing transaction (issue 13):
-- the delivery API finds bytes by key and sends them with their stored strong ETag. A document commits or rolls
-- back with its publication, every node of a cluster reads the same bytes, and a restarted node serves them
-- from its first request. The key names the document (what, which edition or "latest", locale, variant) and
-- ends like a file name, so renderings of other media types (HTML, e-mail, PDF) live beside the JSON ones.
create table compiled_document (
    doc_key varchar(400) not null primary key,
    kind varchar(40) not null,
    publication_id uuid not null,
    -- null for documents of the whole publication (list pages, the publications list)
    issue_id uuid,
    -- the edition whose content the document shows; null for documents of the whole publication
    edition integer,
    issue_year integer,
    number_in_year integer,
    locale varchar(35),
    media_type varchar(100) not null,
    -- the delivery format the document was compiled in: a later release's shape applies only to later editions
    format_version integer not null,
    etag varchar(100) not null,
    body bytea not null,
    -- the delivery generation that wrote it (see delivery_generation)
    generation bigint not null,
    compiled_at timestamp with time zone not null
);
create index compiled_document_issue on compiled_document (issue_id);
create index compiled_document_entries on compiled_document (publication_id, kind, locale, issue_year, number_in_year);

-- One number, raised by every publication and unpublication in its transaction: a node's in-memory copies are
-- valid for the generation they were read in, and a node that sees a later generation forgets what it changed.
create table delivery_generation (
    id integer not null primary key,
    generation bigint not null
);
insert into delivery_generation (id, generation) values (1, 0);

-- Documents removed (unpublished, or no longer produced by a correction), so that other nodes forget them too.
-- Rows older than a day are pruned: no node waits that long to look.
create table compiled_removal (
    doc_key varchar(400) not null,
    generation bigint not null,
    removed_at timestamp with time zone not null
);
create index compiled_removal_generation on compiled_removal (generation);
