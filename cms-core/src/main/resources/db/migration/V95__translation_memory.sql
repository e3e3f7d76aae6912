-- The translation memory (org.bulletincms.exchange.TranslationMemory, docs/translation-exchange.md): every text of a
-- published issue with its up-to-date translation, per locale pair, with where it came from. An issue's entries are
-- replaced when it is published again (a correction) and removed when it is unpublished. Looked up by the source
-- text's fingerprint (SHA-256 of the text as stored), the same one an XLIFF unit carries.
create table translation_memory (
    id                  uuid          not null primary key,
    source_locale       varchar(35)   not null,
    target_locale       varchar(35)   not null,
    source_fingerprint  varchar(64)   not null,
    source_text         varchar       not null,
    target_text         varchar       not null,
    -- whether both texts are rich text (HTML) rather than plain text
    rich_text           boolean       not null,
    -- where the pair comes from: the issue, and the item's or rubric's unit id (item:<id>:<path>)
    issue_id            uuid          not null,
    unit_id             varchar(300)  not null,
    recorded_at         timestamp with time zone not null
);

create index translation_memory_lookup on translation_memory (source_locale, target_locale, source_fingerprint);
create index translation_memory_issue on translation_memory (issue_id);
