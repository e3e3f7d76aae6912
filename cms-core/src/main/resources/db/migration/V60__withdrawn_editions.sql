-- Unpublishing withdraws every published edition of an issue: the rows stay, as the record of what was public
-- and when, but front ends no longer see them.
alter table published_edition add column withdrawn_at timestamp with time zone;
alter table published_edition add column withdrawn_by varchar(100);
alter table published_edition add column withdrawal_reason varchar(4000);
