-- A picture of the media library marked decorative (org.bulletincms.media.MediaImage, docs/media.md): it adds
-- nothing a reader needs, so it needs no alt text; an item that places it starts with its placement decorative.
alter table media_image add column decorative boolean default false not null;
