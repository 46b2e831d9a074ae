CREATE TABLE `paragraphs` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`page` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`repeat_of` integer,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `paragraphs_document_idx` ON `paragraphs` (`document_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `paragraphs_page_idx` ON `paragraphs` (`document_id`,`page`);--> statement-breakpoint
CREATE INDEX `paragraphs_end_idx` ON `paragraphs` (`document_id`,`end`);--> statement-breakpoint
ALTER TABLE `documents` DROP COLUMN `body`;--> statement-breakpoint
ALTER TABLE `documents` ADD `pages` integer NOT NULL;
