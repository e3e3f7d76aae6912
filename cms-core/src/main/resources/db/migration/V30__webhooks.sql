-- Webhooks: registered endpoints and the outbox / delivery log. Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.
-- The secret is kept as is: signing needs it. A delivery row is written in the publishing transaction (outbox)
-- and then updated by each attempt; only the receiver's status code is kept, never its body.
create table webhook_endpoint (
    id               uuid           not null primary key,
    url              varchar(2000)  not null,
    events           varchar(200)   not null,
    secret           varchar(100)   not null,
    enabled          boolean        not null,
    disabled_reason  varchar(40),
    created_by       varchar(100)   not null,
    created_at       timestamp with time zone not null,
    version          bigint         not null
);

create table webhook_delivery (
    id               uuid           not null primary key,
    endpoint_id      uuid           not null references webhook_endpoint (id) on delete cascade,
    event_type       varchar(40)    not null,
    payload          varchar        not null,
    state            varchar(20)    not null,
    attempts         integer        not null,
    last_status      integer,
    last_error       varchar(40),
    next_attempt_at  timestamp with time zone not null,
    last_attempt_at  timestamp with time zone,
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint         not null
);
create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at);
