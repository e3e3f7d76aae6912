-- Rotating a signing secret keeps the one before for a while, so receivers can switch without missing an event:
-- during that time each delivery carries a signature with either secret (Standard Webhooks allows several).
alter table webhook_endpoint add column previous_secret varchar(100);
alter table webhook_endpoint add column previous_secret_until timestamp with time zone;
