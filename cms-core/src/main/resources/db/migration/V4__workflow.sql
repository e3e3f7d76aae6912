-- The editorial workflow: editions and scheduled publication on issues, translations with the source
-- fingerprint they were made from, translator assignments, sign-offs and published snapshots.
alter table issue add column edition integer default 1 not null;
alter table issue add column correction_note varchar(4000);
alter table issue add column publish_at timestamp with time zone;
alter table issue add column publish_scheduled_by varchar(100);
create index issue_publish_at on issue (publish_at);

create table item_translation (
    id                  uuid          not null primary key,
    item_id             uuid          not null references item (id) on delete cascade,
    locale              varchar(35)   not null,
    source_fingerprint  varchar(64)   not null,
    source_values       varchar       not null,
    translated_by       varchar(100)  not null,
    translated_at       timestamp with time zone not null,
    version             bigint        not null,
    constraint item_translation_unique unique (item_id, locale)
);

create table issue_locale (
    id           uuid          not null primary key,
    issue_id     uuid          not null references issue (id) on delete cascade,
    locale       varchar(35)   not null,
    translator   varchar(100),
    done_at      timestamp with time zone,
    done_by      varchar(100),
    version      bigint        not null,
    constraint issue_locale_unique unique (issue_id, locale)
);

create table issue_contributor (
    issue_id  uuid          not null references issue (id) on delete cascade,
    username  varchar(100)  not null,
    constraint issue_contributor_pk primary key (issue_id, username)
);

create table sign_off (
    id            uuid          not null primary key,
    issue_id      uuid          not null references issue (id) on delete cascade,
    edition       integer       not null,
    approver      varchar(100)  not null,
    signed_at     timestamp with time zone not null,
    comment       varchar(4000),
    issue_hash    varchar(64)   not null,
    voided_at     timestamp with time zone,
    voided_by     varchar(100),
    void_reason   varchar(200)
);
create index sign_off_issue on sign_off (issue_id);

create table published_edition (
    id               uuid          not null primary key,
    issue_id         uuid          not null references issue (id) on delete cascade,
    publication_id   uuid          not null references publication (id),
    edition          integer       not null,
    issue_year       integer       not null,
    number_in_year   integer       not null,
    cumulative_number integer      not null,
    published_at     timestamp with time zone not null,
    published_by     varchar(100)  not null,
    signed_hash      varchar(64)   not null,
    correction_note  varchar(4000),
    snapshot         varchar       not null,
    constraint published_edition_unique unique (issue_id, edition)
);
create index published_edition_publication on published_edition (publication_id, issue_year, number_in_year);
