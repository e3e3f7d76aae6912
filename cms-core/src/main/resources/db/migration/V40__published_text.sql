-- Searchable text of the latest published edition of each issue: one row per item and locale, read from
-- the edition's snapshot when it is published (org.bulletincms.search). Hibernate Search indexes it.
create table published_text (
    id                uuid          not null primary key,
    issue_id          uuid          not null references issue (id) on delete cascade,
    publication_id    uuid          not null references publication (id),
    publication_slug  varchar(64)   not null,
    edition           integer       not null,
    issue_year        integer       not null,
    number_in_year    integer       not null,
    cumulative_number integer       not null,
    published_at      timestamp with time zone not null,
    item_id           uuid          not null,
    item_type         varchar(100)  not null,
    locale            varchar(35)   not null,
    content_locale    varchar(35)   not null,
    language          varchar(8)    not null,
    title             varchar,
    body              varchar       not null
);
create index published_text_issue on published_text (issue_id);
