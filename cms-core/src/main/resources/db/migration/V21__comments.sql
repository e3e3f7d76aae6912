-- Comments on an issue, an item, or a field of an item. Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
-- No foreign key to item: the discussion of an item outlives the item (why it was dropped stays readable).
-- body: 4000 code points are at most 8000 UTF-16 characters.
create table issue_comment (
    id           uuid          not null primary key,
    issue_id     uuid          not null references issue (id) on delete cascade,
    item_id      uuid,
    anchor       varchar(500),
    body         varchar(8000) not null,
    author       varchar(100)  not null,
    created_at   timestamp with time zone not null,
    resolved_by  varchar(100),
    resolved_at  timestamp with time zone,
    version      bigint        not null
);
create index issue_comment_issue on issue_comment (issue_id, created_at);
