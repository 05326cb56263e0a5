import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlObject } from '../schema';
import { HUERTGENWALD_API, HUERTGENWALD_FIXTURE_DIR } from '../testing/fixture-paths';
import { createOparlSourceWithBody, storeFixtureObjects } from '../testing/seed-oparl';
import { getCouncilMeeting } from './get-council-meeting';
import { getCouncilPaper } from './get-council-paper';

/**
 * The pages read what a sync writes: real fixture objects stored through storeOparlObject, with
 * the real server's gaps (embedded consultations without `paper`, agenda items without `meeting`
 * or `order`), must still show a paper's way through the Gremien and a meeting's agenda.
 */
type Raw = Record<string, unknown>;
const PAPER = `${HUERTGENWALD_API}/body/1/paper/3601`;
let sourceId: string;

function list(file: string): Raw[] {
	const json = JSON.parse(fs.readFileSync(path.join(HUERTGENWALD_FIXTURE_DIR, file), 'utf8'));
	return json.data as Raw[];
}

async function idOf(oparlId: string): Promise<string> {
	const [row] = await db
		.select({ id: oparlObject.id })
		.from(oparlObject)
		.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.oparlId, oparlId)));
	return row!.id;
}

let paper: Raw;
let meeting: Raw;

beforeAll(async () => {
	await createTestDatabase();
	const council = await createOparlSourceWithBody(db, {
		systemUrl: `${HUERTGENWALD_API}/system`,
		bodyUrl: `${HUERTGENWALD_API}/body/1`,
		oparlVersion: '1.0',
		bodyName: 'Gemeinde Hürtgenwald'
	});
	sourceId = council.sourceId;
	paper = list('body/1/paper.page-79.json').find((entry) =>
		String(entry.name).includes('Kallstraße')
	)!;
	const consultation = (paper.consultation as Raw[])[0]!;
	meeting = list('body/1/meeting.page-14.json').find((entry) => entry.id === consultation.meeting)!;
	await storeFixtureObjects(db, sourceId, council.bodyId, [
		...list('body/1/organization.page-1.json'),
		meeting,
		paper
	]);
});

describe('pages over synced fixture data', () => {
	it('shows the paper’s consultation with its meeting and agenda item, and its file', async () => {
		expect(paper.id).toBe(PAPER);
		const view = await getCouncilPaper(await idOf(PAPER));
		expect(view).toMatchObject({ reference: '159/2020' });
		expect(view!.consultations).toHaveLength(1);
		const [consultation] = view!.consultations;
		expect(consultation!.meeting).toMatchObject({
			id: await idOf(String(meeting.id)),
			name: meeting.name
		});
		expect(consultation!.organizations).toEqual([
			'Ausschuss für Gemeindeentwicklung und Nachhaltigkeit'
		]);
		expect(consultation!.agendaItem?.id).toBeTruthy();
		expect(view!.files.map((file) => file.role)).toContain('Vorlage');
		// Not downloaded yet: the link goes to the council system's copy.
		expect(view!.files[0]!.href).toMatch(/^https:\/\/sdnetrim\.kdvz-frechen\.de\//);
	});

	it('shows the meeting’s agenda in the server’s order with the paper under its item', async () => {
		const view = await getCouncilMeeting(await idOf(String(meeting.id)));
		const items = meeting.agendaItem as Raw[];
		expect(view!.agendaItems.map((item) => item.name)).toEqual(items.map((item) => item.name));
		const withPaper = view!.agendaItems.filter((item) => item.papers.length > 0);
		expect(withPaper.map((item) => item.papers[0]!.reference)).toContain('159/2020');
	});
});
