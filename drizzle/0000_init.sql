CREATE TABLE `checks` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`figure_ids` text NOT NULL,
	`passed` integer NOT NULL,
	`message` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checks_document_idx` ON `checks` (`document_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`title` text,
	`outlet` text,
	`date` text,
	`date_basis` text,
	`url` text,
	`encoding` text NOT NULL,
	`sha1` text NOT NULL,
	`char_count` integer NOT NULL,
	`body` text NOT NULL,
	`warnings` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `figures` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`section_id` integer,
	`sentence_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`unit` text,
	`qualifier` text NOT NULL,
	`kind` text NOT NULL,
	`label` text,
	`metric` text NOT NULL,
	`institution` text NOT NULL,
	`province` text,
	`city` text,
	`county` text,
	`region_code` text,
	`period` text,
	`period_start` text,
	`period_end` text,
	`rule_id` text NOT NULL,
	`prefix` text NOT NULL,
	`suffix` text NOT NULL,
	`sentence_start` integer NOT NULL,
	`sentence_end` integer NOT NULL,
	`verified` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sentence_id`) REFERENCES `sentences`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `figures_document_idx` ON `figures` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `figures_province_idx` ON `figures` (`province`,`city`,`county`);--> statement-breakpoint
CREATE INDEX `figures_region_code_idx` ON `figures` (`region_code`);--> statement-breakpoint
CREATE INDEX `figures_metric_idx` ON `figures` (`metric`);--> statement-breakpoint
CREATE INDEX `figures_institution_kind_idx` ON `figures` (`institution`,`kind`);--> statement-breakpoint
CREATE INDEX `figures_verified_idx` ON `figures` (`verified`);--> statement-breakpoint
CREATE TABLE `sections` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`heading` text,
	`author` text,
	`author_title` text,
	`institution` text NOT NULL,
	`province` text,
	`city` text,
	`county` text,
	`region_code` text,
	`period` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sections_document_idx` ON `sections` (`document_id`);--> statement-breakpoint
CREATE TABLE `sentences` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`section_id` integer,
	`paragraph` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`repeat_of` integer,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sentences_document_idx` ON `sentences` (`document_id`,`start`);