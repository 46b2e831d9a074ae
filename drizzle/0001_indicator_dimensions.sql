ALTER TABLE `figures` ADD `indicator` text NOT NULL;--> statement-breakpoint
ALTER TABLE `figures` ADD `case_type` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `statistic` text NOT NULL;--> statement-breakpoint
CREATE INDEX `figures_indicator_idx` ON `figures` (`indicator`,`case_type`,`statistic`);