-- Who builds a shared search index (OpenSearch, cms.search.backend=opensearch) that is empty while the database has
-- rows to index: the node that finds it empty locks the index's row, and builds only when no other node claimed
-- the build within the lease (SearchIndexBuild); so two nodes starting together never both build. A node's own
-- Lucene index needs no claim.
create table search_index_build (
    index_name varchar(64) not null primary key,
    claimed_by varchar(255),
    claimed_at timestamp(6) with time zone
);
insert into search_index_build (index_name) values ('published-text');
insert into search_index_build (index_name) values ('source-text');
