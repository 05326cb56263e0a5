import { z } from 'zod';

/**
 * The backup file: gzip-compressed JSON lines, the same on PGlite and PostgreSQL.
 *
 *   {"format":"kommunalnetz-backup","formatVersion":1, …header…}   what follows, see BackupHeader
 *   {"table":"territorial_unit"}                                    starts a table's rows
 *   ["5f0c…","Rostock",null,…]                                      one row: each value in
 *                                                                   PostgreSQL's text form or null
 *   {"file":"9f86…","size":12345} "JVBERi0x…" …                    format 2: stored files after the
 *                                                                   tables (see file-section.ts)
 *   {"end":true,"tables":12,"rows":1234,"files":3}                  the file is complete
 *
 * PostgreSQL's text form is what COPY uses: every type (jsonb, timestamptz, numeric, arrays,
 * bytea, enums …) reads back exactly through the type's own input function, so no value passes
 * through a JavaScript number or Date on the way.
 */
export const BACKUP_FORMAT = 'kommunalnetz-backup';
/** 2: stored files follow the tables. Version 1 files (tables only) are still read. */
export const BACKUP_FORMAT_VERSION = 2;
/** How many rows pass between two progress reports of backup and restore. */
export const PROGRESS_INTERVAL = 10_000;

const migrationSchema = z.object({
	tag: z.string().nullable(),
	hash: z.string().min(1),
	createdAt: z.number().int()
});

const tableSchema = z.object({
	name: z.string().min(1),
	columns: z.array(z.object({ name: z.string().min(1), type: z.string().min(1) })).min(1),
	primaryKey: z.array(z.string()),
	rows: z.number().int().min(0)
});

export const headerSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.number().int(),
	createdAt: z.iso.datetime(),
	appVersion: z.string(),
	database: z.enum(['pglite', 'postgres']),
	migration: migrationSchema,
	tables: z.array(tableSchema),
	sequences: z.array(
		z.object({ name: z.string().min(1), lastValue: z.string(), isCalled: z.boolean() })
	)
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = BackupHeader['tables'][number];

export const sectionSchema = z.object({ table: z.string().min(1) });
export const fileSchema = z.object({
	file: z.string().regex(/^[0-9a-f]{64}$/),
	size: z.number().int().min(0)
});
export const endSchema = z.object({
	end: z.literal(true),
	tables: z.number().int(),
	rows: z.number().int(),
	files: z.number().int().min(0).optional()
});

export type RowValues = (string | null)[];

export function isRowValues(value: unknown): value is RowValues {
	return Array.isArray(value) && value.every((item) => item === null || typeof item === 'string');
}
