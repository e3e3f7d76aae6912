-- Events of one issue reach an endpoint in the order they happened, whichever node sends them (issue 16): each
-- delivery knows its issue and its place among that issue's deliveries to the endpoint, and a delivery is sent only
-- once no earlier one of the same issue and endpoint is still pending. Rows from before have neither and are sent
-- as before (they hold nothing back and wait for nothing).
alter table webhook_delivery add column issue_id uuid;
alter table webhook_delivery add column issue_event_no integer;
-- the place is unique: of two transactions numbering the same issue's events at once, one fails (the issue's own
-- optimistic version already lets only one of them commit)
create unique index webhook_delivery_issue_order on webhook_delivery (endpoint_id, issue_id, issue_event_no);
