-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.
create table publication (
    id              uuid          not null primary key,
    slug            varchar(64)   not null,
    title           varchar(4000) not null,
    publisher       varchar(200),
    source_locale   varchar(35)   not null,
    target_locales  varchar(400)  not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    version         bigint        not null,
    constraint publication_slug_unique unique (slug)
);
