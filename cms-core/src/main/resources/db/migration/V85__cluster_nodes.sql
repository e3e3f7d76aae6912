-- The nodes of a cluster by name (jboss.node.name), each with the run (incarnation) that holds the name and when it
-- was last seen, on the database's clock: a second node that starts under a name in use is refused, and a node that
-- restarts under its own name after a crash takes it back once its earlier run has not been seen for a while.
create table cluster_node (
    name         varchar(100)             not null primary key,
    incarnation  uuid                     not null,
    started_at   timestamp with time zone not null,
    seen_at      timestamp with time zone not null
);
