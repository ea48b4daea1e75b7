-- FTS5 keeps the terms of the rows written in a transaction in a hash in memory and writes them
-- out as a new index segment when the transaction ends or the hash passes its limit (1 MB by
-- default). A bulk write (an import of a million complaints, a first sync, a re-baseline) filled
-- that megabyte hundreds of times; every flush is a level-0 segment, and FTS5 keeps merging those
-- segments while it loads. With 64 MB the million-row fill of the complaint index took 9.1 s CPU
-- instead of 18.4 s and left no more segments behind (docs/benchmarks.md, "Import"). The memory
-- is only used while a large transaction is open and is given back at its end; a single-row
-- write never comes near it. The setting is stored in each index's _config table.
INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO interaction_fts(interaction_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO customer_fts(customer_fts, rank) VALUES ('hashsize', 67108864);
