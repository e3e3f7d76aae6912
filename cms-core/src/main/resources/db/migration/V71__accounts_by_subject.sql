-- People are identified by their Keycloak subject (sub), which is never given to anyone else, instead of their
-- user name, which an administrator may give to someone else. Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
--
-- account: what each subject was called when last seen (the API shows people by that name).
create table account (
    subject     varchar(100)  not null primary key,
    username    varchar(100)  not null,
    first_seen  timestamp with time zone not null,
    last_seen   timestamp with time zone not null
);
create index account_username on account (username, last_seen);

-- legacy_user_name: every user name stored before this migration (and later, a translator assigned by a name
-- nobody has signed in with yet). The first person who signs in under the name claims it: each user column
-- (org.bulletincms.account.UserColumns) is rewritten from the name to their subject, and bound_subject is set.
-- A claimed name is never claimed again.
create table legacy_user_name (
    username       varchar(100)  not null primary key,
    bound_subject  varchar(100),
    bound_at       timestamp with time zone
);

insert into legacy_user_name (username)
select distinct name from (
    select created_by as name from publication
    union select created_by from issue
    union select updated_by from issue
    union select publish_scheduled_by from issue
    union select created_by from item
    union select updated_by from item
    union select written_by from item_revision
    union select author from issue_comment
    union select resolved_by from issue_comment
    union select actor from audit_entry
    union select created_by from webhook_endpoint
    union select translated_by from item_translation
    union select translator from issue_locale
    union select done_by from issue_locale
    union select username from issue_contributor
    union select approver from sign_off
    union select voided_by from sign_off
    union select published_by from published_edition
    union select withdrawn_by from published_edition
    union select uploaded_by from source_document
    union select linked_by from item_source
    union select created_by from preview_link
) names
where name is not null;
