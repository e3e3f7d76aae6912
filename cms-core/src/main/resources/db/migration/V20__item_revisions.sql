-- Every write to an item as a numbered revision (1, 2, … per item). Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
-- No foreign key to item: the history of a deleted item stays readable (its last revision is the deletion).
-- The issue's history goes with the issue when the issue is deleted.
create table item_revision (
    id               uuid          not null primary key,
    item_id          uuid          not null,
    issue_id         uuid          not null references issue (id) on delete cascade,
    revision_number  integer       not null,
    section_type     varchar(64)   not null,
    schema_version   integer       not null,
    content          varchar       not null,
    change_kind      varchar(20)   not null,
    written_by       varchar(100)  not null,
    written_at       timestamp with time zone not null,
    constraint item_revision_number_unique unique (item_id, revision_number)
);
create index item_revision_issue on item_revision (issue_id);
