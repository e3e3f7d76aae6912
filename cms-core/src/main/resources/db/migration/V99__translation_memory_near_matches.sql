-- Near matches and corrections in the translation memory (org.bulletincms.exchange.TranslationMemory,
-- docs/translation-exchange.md). A near match is looked up by a prefilter (SourceSketch): the source's length in code
-- points (its words, without markup) and a MinHash sketch of its character trigrams, one key per band; only entries
-- of the locale pair within the length window that share a key are compared by edit distance.
alter table translation_memory add column source_length integer default 0 not null;
-- entries recorded before this migration: close enough for the length window (markup counted); they get their
-- sketch, and so near matches, when their issue is published again
update translation_memory set source_length = char_length(source_text);
-- an entry is corrected or deleted by editors with If-Match: its version is the ETag
alter table translation_memory add column version bigint default 0 not null;

create table translation_memory_sketch (
    entry_id    uuid    not null references translation_memory (id) on delete cascade,
    sketch_key  bigint  not null,
    primary key (entry_id, sketch_key)
);

create index translation_memory_sketch_key on translation_memory_sketch (sketch_key, entry_id);
create index translation_memory_near on translation_memory (source_locale, target_locale, source_length);
