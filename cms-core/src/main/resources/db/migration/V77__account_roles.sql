-- The realm roles each person's token carried when they were last seen (comma-separated role codes, e.g.
-- "editor,approver"). The product learns roles only from tokens, so this is what it knows of a person's authority
-- when they are not making the request: a scheduled publication is published only if whoever scheduled it may
-- still publish as last seen. Null: not seen since this column came (treated as unknown, so refused).
alter table account add column roles varchar(200);
