-- The print PDFs still to be made (issue 15): one row per (edition, locale), written in the publishing transaction,
-- so a crash between the commit and the PDF loses nothing; a worker claims a row (a lease, taken with
-- FOR UPDATE SKIP LOCKED where the database has it), lays the PDF out outside any transaction, stores it as a
-- compiled document (kind print-pdf) and deletes the row. Unpublishing deletes the issue's rows; a correction
-- replaces them with its own edition's.
create table print_job (
    id uuid not null primary key,
    issue_id uuid not null,
    publication_id uuid not null,
    edition integer not null,
    locale varchar(35) not null,
    queued_at timestamp with time zone not null,
    -- while a worker holds the job; a job whose lease ran out (its node died) is claimed again
    leased_until timestamp with time zone,
    -- claims so far: a job that fails every time stops being claimed after a few (the log says why)
    attempts integer not null,
    constraint print_job_once unique (issue_id, edition, locale)
);
create index print_job_queue on print_job (queued_at);
