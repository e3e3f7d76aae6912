-- Issues, their rubrics and items. Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
create table issue (
    id                        uuid          not null primary key,
    publication_id            uuid          not null references publication (id),
    issue_year                integer       not null,
    number_in_year            integer       not null,
    cumulative_number         integer       not null,
    title                     varchar(4000) not null,
    planned_publication_date  date,
    stage                     varchar(20)   not null,
    created_at                timestamp with time zone not null,
    created_by                varchar(100)  not null,
    updated_at                timestamp with time zone not null,
    updated_by                varchar(100)  not null,
    version                   bigint        not null,
    constraint issue_number_unique unique (publication_id, issue_year, number_in_year),
    constraint issue_cumulative_unique unique (publication_id, cumulative_number)
);

create table rubric (
    id        uuid          not null primary key,
    issue_id  uuid          not null references issue (id) on delete cascade,
    position  integer       not null,
    title     varchar(4000) not null,
    version   bigint        not null
);
create index rubric_issue on rubric (issue_id);

create table item (
    id              uuid          not null primary key,
    rubric_id       uuid          not null references rubric (id) on delete cascade,
    position        integer       not null,
    section_type    varchar(64)   not null,
    schema_version  integer       not null,
    content         varchar       not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(100)  not null,
    version         bigint        not null
);
create index item_rubric on item (rubric_id);
