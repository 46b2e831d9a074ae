ALTER TABLE `sentences` DROP COLUMN `text`;--> statement-breakpoint
-- Full-text search of the text: trigrams, so Chinese needs no word splitting; detail=none keeps the index small (the query rechecks each hit with instr). Filled by the ingest after the load.
CREATE VIRTUAL TABLE `paragraphs_fts` USING fts5(`text`, content='paragraphs', content_rowid='id', tokenize='trigram', detail='none');
