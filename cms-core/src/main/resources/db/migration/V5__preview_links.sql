-- Preview links: expiring, revocable; only the SHA-256 of each token is stored.
create table preview_link (
    id          uuid          not null primary key,
    issue_id    uuid          not null references issue (id) on delete cascade,
    token_hash  varchar(64)   not null,
    created_by  varchar(100)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint preview_link_token unique (token_hash)
);
create index published_edition_issue on published_edition (issue_id, edition);
