-- Crops of the media library's pictures to fixed shapes (16:9, 4:3, 1:1) around a focal point rounded to whole
-- percent (org.bulletincms.media.MediaCrop, docs/media.md): made when an edition or a preview first shows a picture
-- with that focal point, one row per rendition, served like renditions by the SHA-256 of their bytes.
create table media_crop (
    id           uuid          not null primary key,
    image_id     uuid          not null references media_image (id) on delete cascade,
    ratio        varchar(8)    not null,
    focus_x      integer       not null,
    focus_y      integer       not null,
    width        integer       not null,
    height       integer       not null,
    format       varchar(8)    not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    storage_key  varchar(64)   not null
);

create index media_crop_by_focus on media_crop (image_id, focus_x, focus_y);

create index media_crop_by_content on media_crop (sha256);
