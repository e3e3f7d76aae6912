-- What a node reads by generation: the keys a later generation changed (every node, after every publication) and
-- the newest documents it loads into memory when it starts. Without the index both read the whole table.
create index compiled_document_generation on compiled_document (generation);
