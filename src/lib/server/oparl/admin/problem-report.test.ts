import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../auth/policy';
import { createTestActor } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlProblem, oparlSyncRun } from '../schema';
import { OparlSourceNotFoundError } from './errors';
import { exportOparlProblems } from './export-problems';
import { oparlProblemReport, PROBLEMS_PER_PAGE } from './list-problems';
import { seedAdminSource } from './testing/seed-admin';

let board: SessionUser;
let seeded: Awaited<ReturnType<typeof seedAdminSource>>;
let newerRunId: string;

const BASE = 'https://ratsinfo.example.de/oparl/v1';

beforeAll(async () => {
	await createTestDatabase();
	board = await createTestActor('board');
	const problems = [
		...Array.from({ length: PROBLEMS_PER_PAGE + 5 }, (_, index) => ({
			kind: 'invalid_date' as const,
			url: `${BASE}/meeting/${index}`,
			message: `Das Datum „2024-13-${index}“ ist ungültig.`
		})),
		{ kind: 'missing_type' as const, url: `${BASE}/paper/7`, message: 'Dem Objekt fehlt der Typ.' },
		{ kind: 'vendor_field' as const, url: `=HYPERLINK("x")`, message: '=1+1 als Herstellerfeld' }
	];
	seeded = await seedAdminSource({ problems });
	// A newer run with one problem: the report shows it by default.
	const [newer] = await db
		.insert(oparlSyncRun)
		.values({
			sourceId: seeded.source.id,
			kind: 'incremental',
			status: 'failed',
			problemCount: 1,
			error: 'Server nicht erreichbar.'
		})
		.returning();
	newerRunId = newer!.id;
	await db.insert(oparlProblem).values({
		sourceId: seeded.source.id,
		runId: newerRunId,
		kind: 'timeout',
		url: `${BASE}/system`,
		message: 'Keine Antwort nach 30 Sekunden.'
	});
});

describe('the sync report', () => {
	it('shows the newest run by default, grouped by kind with counts', async () => {
		const report = await oparlProblemReport({ actor: board, sourceId: seeded.source.id });
		expect(report.run?.runId).toBe(newerRunId);
		expect(report.kinds).toEqual([{ kind: 'timeout', total: 1 }]);
		expect(report.problems).toEqual([
			expect.objectContaining({ kind: 'timeout', url: `${BASE}/system` })
		]);
		expect(report.runs.map((run) => run.runId)).toEqual([newerRunId, seeded.finishedRunId]);
	});

	it('shows an older run, filtered by kind and paged, with counts of the whole run', async () => {
		const first = await oparlProblemReport({
			actor: board,
			sourceId: seeded.source.id,
			runId: seeded.finishedRunId,
			kind: 'invalid_date'
		});
		expect(first.kinds).toEqual([
			{ kind: 'invalid_date', total: PROBLEMS_PER_PAGE + 5 },
			{ kind: 'missing_type', total: 1 },
			{ kind: 'vendor_field', total: 1 }
		]);
		expect(first.total).toBe(PROBLEMS_PER_PAGE + 5);
		expect(first.pageCount).toBe(2);
		expect(first.problems).toHaveLength(PROBLEMS_PER_PAGE);
		const second = await oparlProblemReport({
			actor: board,
			sourceId: seeded.source.id,
			runId: seeded.finishedRunId,
			kind: 'invalid_date',
			page: 2
		});
		expect(second.problems).toHaveLength(5);
		expect(second.problems.every((problem) => problem.kind === 'invalid_date')).toBe(true);
		const all = await oparlProblemReport({
			actor: board,
			sourceId: seeded.source.id,
			runId: seeded.finishedRunId,
			page: 99
		});
		// A page past the end shows the last one.
		expect(all).toMatchObject({ total: PROBLEMS_PER_PAGE + 7, page: 2 });
	});

	it('never shows a run of another source', async () => {
		const other = await seedAdminSource();
		await expect(
			oparlProblemReport({ actor: board, sourceId: other.source.id, runId: seeded.finishedRunId })
		).rejects.toBeInstanceOf(OparlSourceNotFoundError);
	});

	it('exports a run as CSV for spreadsheets, with formulas defused', async () => {
		const file = await exportOparlProblems({
			actor: board,
			sourceId: seeded.source.id,
			runId: seeded.finishedRunId
		});
		expect(file.content.startsWith('\uFEFF')).toBe(true);
		const rows = parse(file.content.slice(1), { delimiter: ';' }) as string[][];
		expect(rows[0]).toEqual(['Art', 'Bezeichnung', 'Adresse', 'Meldung', 'Gesehen am']);
		expect(rows).toHaveLength(1 + PROBLEMS_PER_PAGE + 7);
		const vendor = rows.find((row) => row[0] === 'vendor_field')!;
		expect(vendor[2]).toBe(`'=HYPERLINK("x")`);
		expect(vendor[3]).toBe(`'=1+1 als Herstellerfeld`);
		expect(file.fileName).toMatch(
			/^ratsinfo-probleme-ratsinfo-musterkreis-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const timeouts = await exportOparlProblems({
			actor: board,
			sourceId: seeded.source.id,
			kind: 'missing_type'
		});
		// The newest run has no problem of that kind.
		expect(timeouts.rows).toBe(0);
	});

	it('is for the board only', async () => {
		const member = await createTestActor('member');
		await expect(
			oparlProblemReport({ actor: member, sourceId: seeded.source.id })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(
			exportOparlProblems({ actor: member, sourceId: seeded.source.id })
		).rejects.toBeInstanceOf(AccessDeniedError);
	});
});
