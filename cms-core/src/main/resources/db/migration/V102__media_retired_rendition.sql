-- Renditions and crops of a picture's earlier file, kept when the picture is replaced (new bytes, same id; docs/media.md):
-- published editions name them by content hash and stay as published, so they are served while the picture is in
-- the library (org.bulletincms.media.RetiredRendition).
create table media_retired_rendition (
    id           uuid          not null primary key,
    image_id     uuid          not null references media_image (id) on delete cascade,
    width        integer       not null,
    height       integer       not null,
    format       varchar(8)    not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    storage_key  varchar(64)   not null
);

create index media_retired_rendition_by_content on media_retired_rendition (sha256);
