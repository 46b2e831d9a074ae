DROP INDEX `figures_region_idx`;--> statement-breakpoint
DROP INDEX `figures_institution_idx`;--> statement-breakpoint
CREATE INDEX `figures_region_idx` ON `figures` (`region_code`,`institution`,`kind`,`metric`,`period`,`verified`);--> statement-breakpoint
CREATE INDEX `figures_institution_idx` ON `figures` (`institution`,`kind`,`region_code`,`metric`,`period`,`verified`);