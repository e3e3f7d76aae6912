-- The media library (org.bulletincms.media, docs/media.md): pictures of a publication, kept without metadata in
-- the source store (a directory or source_original rows) under storage_key, with their renditions.
create table media_image (
    id              uuid          not null primary key,
    publication_id  uuid          not null references publication (id) on delete cascade,
    filename        varchar(255)  not null,
    format          varchar(8)    not null,
    width           integer       not null,
    height          integer       not null,
    storage_key     varchar(64)   not null unique,
    -- the upload's bytes as they came (not kept): the same file uploaded again is recognised
    upload_sha256   varchar(64)   not null,
    -- the kept picture and its renditions together, what counts against cms.media.quota-bytes
    total_bytes     bigint        not null,
    uploaded_by     varchar(255)  not null,
    uploaded_at     timestamp with time zone not null,
    constraint media_image_upload_once unique (publication_id, upload_sha256)
);

create index media_image_newest on media_image (publication_id, uploaded_at);

-- One row per width; the widest may share the kept picture's storage key (a picture narrower than 2048 pixels is
-- its own widest rendition).
create table media_rendition (
    image_id     uuid          not null references media_image (id) on delete cascade,
    width        integer       not null,
    height       integer       not null,
    format       varchar(8)    not null,
    size_bytes   bigint        not null,
    -- the rendition's URL is named by it: /api/delivery/v1/media/<sha256>.<ext>
    sha256       varchar(64)   not null,
    storage_key  varchar(64)   not null,
    primary key (image_id, width)
);

create index media_rendition_by_content on media_rendition (sha256);

create table media_image_alt (
    image_id  uuid          not null references media_image (id) on delete cascade,
    locale    varchar(35)   not null,
    alt_text  varchar(500)  not null,
    primary key (image_id, locale)
);
