CREATE TABLE `facet_counts` (
	`province` text,
	`institution` text NOT NULL,
	`kind` text NOT NULL,
	`metric` text NOT NULL,
	`verified` integer NOT NULL,
	`n` integer NOT NULL
);
