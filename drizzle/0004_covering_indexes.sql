DROP INDEX `figures_province_idx`;--> statement-breakpoint
DROP INDEX `figures_region_code_idx`;--> statement-breakpoint
DROP INDEX `figures_institution_kind_idx`;--> statement-breakpoint
DROP INDEX `figures_verified_idx`;--> statement-breakpoint
DROP INDEX `figures_metric_idx`;--> statement-breakpoint
CREATE INDEX `figures_region_idx` ON `figures` (`region_code`,`institution`,`kind`,`metric`);--> statement-breakpoint
CREATE INDEX `figures_institution_idx` ON `figures` (`institution`,`kind`,`region_code`,`metric`);--> statement-breakpoint
CREATE INDEX `figures_metric_idx` ON `figures` (`metric`,`region_code`);