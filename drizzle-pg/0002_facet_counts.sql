CREATE TABLE "facet_counts" (
	"province" text,
	"institution" text NOT NULL,
	"kind" text NOT NULL,
	"metric" text NOT NULL,
	"verified" boolean NOT NULL,
	"n" integer NOT NULL
);
