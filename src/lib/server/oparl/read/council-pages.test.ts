import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlBody } from '../schema';
import { getCouncilBody, listCouncilOrganizations } from './get-council-body';
import { getCouncilMeeting } from './get-council-meeting';
import { getCouncilPaper } from './get-council-paper';
import { listCouncilMeetings } from './list-council-meetings';
import { councilPaperTypes, listCouncilPapers } from './list-council-papers';
import { listFollowedBodies } from './list-followed-bodies';
import { openCouncilFile } from './open-council-file';
import { seedCouncilFixture, type CouncilFixture } from './testing/council-fixture';

let f: CouncilFixture;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
	await createTestDatabase();
	f = await seedCouncilFixture();
});

describe('council read models', () => {
	it('lists followed bodies only, counting what the pages show, with the next meetings', async () => {
		const bodies = await listFollowedBodies(f.now);
		expect(bodies.map((body) => body.id)).toEqual([f.body]);
		expect(bodies[0]).toMatchObject({
			name: 'Gemeinde Hürtgenwald',
			papers: 27,
			meetings: 3,
			organizations: 3,
			sourceName: 'Ratsinfo Hürtgenwald'
		});
		// The cancelled meeting is no "next meeting"; the other body's is not ours.
		expect(bodies[0]!.nextMeetings.map((meeting) => meeting.id)).toEqual([f.meetings.upcoming]);
	});

	it('knows a body page only for followed bodies', async () => {
		expect(await getCouncilBody(f.body)).toMatchObject({ name: 'Gemeinde Hürtgenwald' });
		for (const id of [f.otherBody, UNKNOWN, 'keine-uuid', f.papers.radweg])
			expect(await getCouncilBody(id)).toBeNull();
		const gremien = await listCouncilOrganizations(f.body);
		// Current Gremien by name first, the one that ended after them.
		expect(gremien.map((organization) => organization.name)).toEqual([
			'Bau- und Umweltausschuss',
			'Gemeinderat',
			'Ausschuss für Gebietsreform'
		]);
	});

	it('lists meetings upcoming soonest first and past latest first, by Gremium on request', async () => {
		const upcoming = await listCouncilMeetings({ bodyId: f.body, when: 'upcoming' }, f.now);
		expect(upcoming.items.map((meeting) => meeting.id)).toEqual([
			f.meetings.upcoming,
			f.meetings.cancelled
		]);
		expect(upcoming.items[0]).toMatchObject({ organizations: ['Gemeinderat'], cancelled: false });
		expect(upcoming.items[1]).toMatchObject({ cancelled: true });
		const past = await listCouncilMeetings({ bodyId: f.body, when: 'past' }, f.now);
		expect(past.items.map((meeting) => meeting.id)).toEqual([f.meetings.past]);
		const building = await listCouncilMeetings(
			{ bodyId: f.body, when: 'upcoming', organizationId: f.organizations.building },
			f.now
		);
		expect(building.items.map((meeting) => meeting.id)).toEqual([f.meetings.cancelled]);
		expect(
			(await listCouncilMeetings({ bodyId: f.otherBody, when: 'upcoming' }, f.now)).total
		).toBe(0);
	});

	it('pages papers newest first, filters by paper type and leaves tombstones out', async () => {
		const first = await listCouncilPapers({ bodyId: f.body });
		expect(first.total).toBe(27);
		expect(first.items.slice(0, 2).map((paper) => paper.id)).toEqual([
			f.papers.antrag,
			f.papers.radweg
		]);
		const second = await listCouncilPapers({ bodyId: f.body, page: 2 });
		expect(second.items).toHaveLength(7);
		const all = [...first.items, ...second.items].map((paper) => paper.id);
		expect(new Set(all).size).toBe(27);
		expect(all).not.toContain(f.papers.deleted);
		const motions = await listCouncilPapers({ bodyId: f.body, paperType: 'Antrag' });
		expect(motions.items.map((paper) => paper.id)).toEqual([f.papers.antrag]);
		expect(await councilPaperTypes(f.body)).toEqual([
			{ value: 'Anfrage', count: 25 },
			{ value: 'Antrag', count: 1 },
			{ value: 'Beschlussvorlage', count: 1 }
		]);
	});

	it('shows a paper with its consultations in the order of their meetings and its files', async () => {
		const paper = await getCouncilPaper(f.papers.radweg);
		expect(paper).toMatchObject({
			reference: 'VO/2026/017',
			paperType: 'Beschlussvorlage',
			webUrl: 'https://ris.example.org/vorgang/1',
			body: { id: f.body, name: 'Gemeinde Hürtgenwald' }
		});
		expect(
			paper!.consultations.map((entry) => [
				entry.role,
				entry.meeting?.id ?? null,
				entry.organizations
			])
		).toEqual([
			['Vorberatung', f.meetings.past, ['Bau- und Umweltausschuss']],
			['Entscheidung', f.meetings.upcoming, ['Gemeinderat']],
			// The meeting is not imported yet: the consultation is listed without a link.
			['Kenntnisnahme', null, []]
		]);
		expect(paper!.consultations[1]!.agendaItem).toMatchObject({
			id: f.agendaItems.radweg,
			number: 'Ö 2',
			result: 'einstimmig beschlossen'
		});
		expect(paper!.files).toEqual([
			expect.objectContaining({
				id: f.files.main,
				role: 'Vorlage',
				stored: true,
				href: `/ratsinfo/dateien/${f.files.main}`,
				textStatus: 'done'
			}),
			expect.objectContaining({
				id: f.files.attachment,
				role: 'Anlage',
				stored: false,
				href: 'https://ris.example.org/files/download/2/Lageplan.pdf',
				textStatus: null
			})
		]);
		for (const id of [f.papers.deleted, f.otherPaper, f.meetings.upcoming, UNKNOWN, 'x'])
			expect(await getCouncilPaper(id)).toBeNull();
	});

	it('shows a meeting with its agenda in order, the papers under each item and its files', async () => {
		const meeting = await getCouncilMeeting(f.meetings.upcoming);
		expect(meeting).toMatchObject({
			name: '12. Sitzung des Gemeinderates',
			organizations: ['Gemeinderat'],
			body: { id: f.body }
		});
		expect(meeting!.agendaItems.map((item) => [item.number, item.public])).toEqual([
			['Ö 1', true],
			['Ö 2', true],
			['N 3', false]
		]);
		expect(meeting!.agendaItems[1]).toMatchObject({
			result: 'einstimmig beschlossen',
			resolutionText: 'Der Gemeinderat beschließt den Bau des Radweges.',
			papers: [{ id: f.papers.radweg, reference: 'VO/2026/017' }]
		});
		expect(meeting!.files.map((file) => [file.name, file.role])).toEqual([
			['Einladung', 'Einladung']
		]);
		for (const id of [
			f.meetings.deleted,
			f.meetings.placeholder,
			f.otherMeeting,
			f.papers.radweg,
			UNKNOWN
		])
			expect(await getCouncilMeeting(id)).toBeNull();
	});

	it('opens stored copies only, and nothing of a body no longer followed', async () => {
		expect(await openCouncilFile(f.files.main)).toMatchObject({
			sha256: f.storedSha256,
			mediaType: 'application/pdf',
			fileName: 'Beschlussvorlage_VO-2026-017.pdf'
		});
		expect(await openCouncilFile(f.files.attachment)).toBeNull();
		await db.update(oparlBody).set({ followed: false }).where(eq(oparlBody.objectId, f.body));
		try {
			expect(await openCouncilFile(f.files.main)).toBeNull();
			expect(await getCouncilPaper(f.papers.radweg)).toBeNull();
			expect(await listFollowedBodies(f.now)).toEqual([]);
		} finally {
			await db.update(oparlBody).set({ followed: true }).where(eq(oparlBody.objectId, f.body));
		}
	});
});
