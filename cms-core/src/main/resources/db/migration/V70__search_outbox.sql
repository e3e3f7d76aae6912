-- Hibernate Search's outbox-polling coordination (persistence.xml): every change to an indexed row writes an event
-- to hsearch_outbox_event in the same transaction; a background agent on each server applies the events to the
-- search index and deletes them, so nothing committed is missing from the index after a crash, and in a cluster
-- each change is indexed exactly once. hsearch_agent is where the agents of the servers find one another.
-- The tables and columns are Hibernate Search 7.2's defaults (unquoted names, so lower case on both databases);
-- enums are stored by name, as Hibernate maps them on PostgreSQL.
create table hsearch_outbox_event (
    id uuid not null primary key,
    entityname varchar(256) not null,
    entityid varchar(256) not null,
    entityidhash integer not null,
    tenantid varchar(255),
    payload bytea not null,
    retries integer not null,
    processafter timestamp(6) with time zone not null,
    status varchar(16) not null check (status in ('ABORTED', 'PENDING'))
);
create index hsearch_outbox_event_entityidhash on hsearch_outbox_event (entityidhash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_processafter on hsearch_outbox_event (processafter);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(40) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(16) not null check (state in ('RUNNING', 'SUSPENDED', 'WAITING')),
    totalshardcount integer,
    assignedshardindex integer,
    tenantid varchar(255),
    payload bytea
);
