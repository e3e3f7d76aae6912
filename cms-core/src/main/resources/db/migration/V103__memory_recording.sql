-- The issues whose published texts the translation memory still has to record (org.bulletincms.exchange.MemoryRecording):
-- written in the publishing transaction, so a crash between the commit and the recording loses nothing; recorded
-- after the commit by a worker in a transaction of its own that deletes the row (taken with FOR UPDATE SKIP LOCKED
-- where the database has it, so two nodes never record the same issue at once). One row per issue: publishing again
-- (a correction) points it at the new edition, unpublishing deletes it.
create table memory_recording (
    issue_id uuid not null primary key,
    edition integer not null,
    published_at timestamp with time zone not null,
    -- recordings that failed so far: a row that fails every time stops being tried after a few (the log says why)
    attempts integer not null
);
