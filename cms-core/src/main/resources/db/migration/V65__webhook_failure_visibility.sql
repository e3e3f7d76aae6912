-- Webhook failures made visible, and retried for a duration rather than a number of attempts (issue #12).
-- A delivery is given up a set time (72 h by default) after its current series of attempts began: its creation,
-- or the admin's last replay. Existing rows start counting from their creation.
alter table webhook_delivery add column retrying_since timestamp with time zone;
update webhook_delivery set retrying_since = created_at;
alter table webhook_delivery alter column retrying_since set not null;
-- Replaying "everything that failed since …" of an endpoint, and counting an endpoint's failed deliveries.
create index webhook_delivery_failed on webhook_delivery (endpoint_id, state, last_attempt_at);

-- Each endpoint's health, kept apart from the endpoint the admin edits: it is written by every attempt, with
-- conditional updates, so that "started failing" and "recovered" are each seen (and logged) once, by one node.
create table webhook_endpoint_health (
    endpoint_id      uuid           not null primary key references webhook_endpoint (id) on delete cascade,
    failing_since    timestamp with time zone,
    last_failure     varchar(40),
    last_failure_at  timestamp with time zone
);
insert into webhook_endpoint_health (endpoint_id) select id from webhook_endpoint;
