import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { writeFileBytes } from '../../../files/file-store';
import { storedFile } from '../../../files/schema';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper,
	oparlSource
} from '../../schema';
import type { OparlObjectType } from '$lib/shared/oparl';

/**
 * A small council in the tables the public pages read, written with Drizzle directly (no sync,
 * no HTTP), with what the pages must tell apart: a followed and an unfollowed body, upcoming,
 * past, cancelled, deleted and placeholder meetings, papers with consultations in order, a stored
 * file with text and one still at the source, and an agenda item closed to the public.
 */
const BASE = 'https://ris.example.org/oparl/v1';
const DAY = 24 * 60 * 60 * 1000;

interface ObjectOptions {
	bodyId?: string | null;
	parentId?: string | null;
	deleted?: boolean;
	placeholder?: boolean;
	raw?: Record<string, unknown>;
}

export interface CouncilFixture {
	sourceId: string;
	body: string;
	otherBody: string;
	organizations: { council: string; building: string; former: string };
	meetings: {
		upcoming: string;
		cancelled: string;
		past: string;
		deleted: string;
		placeholder: string;
	};
	otherMeeting: string;
	agendaItems: { opening: string; radweg: string; closed: string };
	papers: { radweg: string; antrag: string; deleted: string; many: string[] };
	otherPaper: string;
	files: { main: string; attachment: string; invitation: string };
	storedSha256: string;
	/** The moment the fixture's relative dates were computed from. */
	now: Date;
}

export async function seedCouncilFixture(now = new Date()): Promise<CouncilFixture> {
	const [source] = await db
		.insert(oparlSource)
		.values({ systemUrl: `${BASE}/system`, name: 'Ratsinfo Hürtgenwald', oparlVersion: '1.0' })
		.returning();
	const sourceId = source!.id;

	async function object(
		type: OparlObjectType,
		path: string,
		options: ObjectOptions = {}
	): Promise<string> {
		const oparlId = `${BASE}/${path}`;
		const [row] = await db
			.insert(oparlObject)
			.values({
				sourceId,
				oparlId,
				type,
				bodyId: options.bodyId ?? null,
				parentId: options.parentId ?? null,
				deleted: options.deleted ?? false,
				placeholder: options.placeholder ?? false,
				raw: options.placeholder ? null : { id: oparlId, ...(options.raw ?? {}) }
			})
			.returning({ id: oparlObject.id });
		return row!.id;
	}

	async function body(path: string, name: string, followed: boolean): Promise<string> {
		const id = await object('body', path);
		await db.insert(oparlBody).values({
			objectId: id,
			sourceId,
			name,
			shortName: name.split(' ').at(-1),
			website: 'https://www.example.org/',
			followed
		});
		return id;
	}

	const bodyId = await body('body/1', 'Gemeinde Hürtgenwald', true);
	const otherBody = await body('body/2', 'Stadt Nirgendwo', false);
	const inBody = { bodyId };

	async function organization(
		path: string,
		name: string,
		values: Partial<typeof oparlOrganization.$inferInsert> = {}
	): Promise<string> {
		const id = await object('organization', path, inBody);
		await db.insert(oparlOrganization).values({ objectId: id, bodyId, name, ...values });
		return id;
	}
	const organizations = {
		council: await organization('organization/1', 'Gemeinderat', {
			organizationType: 'Gremium',
			classification: 'Rat'
		}),
		building: await organization('organization/2', 'Bau- und Umweltausschuss', {
			organizationType: 'Gremium',
			classification: 'Ausschuss'
		}),
		former: await organization('organization/3', 'Ausschuss für Gebietsreform', {
			organizationType: 'Gremium',
			classification: 'Ausschuss',
			endDate: '2014-05-31'
		})
	};

	async function meeting(
		path: string,
		values: Partial<typeof oparlMeeting.$inferInsert>,
		options: ObjectOptions = {}
	): Promise<string> {
		const id = await object('meeting', path, { ...inBody, ...options });
		if (!options.deleted && !options.placeholder)
			await db
				.insert(oparlMeeting)
				.values({ objectId: id, bodyId: options.bodyId ?? bodyId, ...values });
		return id;
	}
	const at = (days: number, hour = 18) => {
		const day = new Date(now.getTime() + days * DAY);
		day.setUTCHours(hour - 1, 0, 0, 0);
		return day;
	};
	const invitationPath = 'file/90';
	const meetings = {
		upcoming: await meeting(
			'meeting/10',
			{
				name: '12. Sitzung des Gemeinderates',
				start: at(10),
				end: at(10, 21),
				locationText: 'Rathaus, großer Sitzungssaal, August-Scholl-Str. 5, 52393 Hürtgenwald',
				organizationIds: [organizations.council],
				webUrl: 'https://ris.example.org/sitzung/10'
			},
			{ raw: { invitation: { id: `${BASE}/${invitationPath}` } } }
		),
		cancelled: await meeting('meeting/11', {
			name: 'Sitzung des Bau- und Umweltausschusses',
			start: at(40),
			cancelled: true,
			meetingState: 'abgesagt',
			organizationIds: [organizations.building]
		}),
		past: await meeting('meeting/9', {
			name: '8. Sitzung des Bau- und Umweltausschusses',
			start: at(-30),
			end: at(-30, 20),
			organizationIds: [organizations.building]
		}),
		deleted: await meeting('meeting/8', {}, { deleted: true }),
		placeholder: await meeting('meeting/7', {}, { placeholder: true })
	};
	const otherMeeting = await meeting(
		'meeting/200',
		{ name: 'Stadtrat Nirgendwo', start: at(12) },
		{ bodyId: otherBody }
	);

	async function agendaItem(
		path: string,
		values: Partial<typeof oparlAgendaItem.$inferInsert>,
		raw: Record<string, unknown> = {}
	): Promise<string> {
		const id = await object('agendaItem', path, {
			...inBody,
			parentId: meetings.upcoming,
			raw
		});
		await db
			.insert(oparlAgendaItem)
			.values({ objectId: id, meetingId: meetings.upcoming, ...values });
		return id;
	}
	const agendaItems = {
		// Stored out of order on purpose: the page sorts by position.
		radweg: await agendaItem('agendaitem/102', {
			number: 'Ö 2',
			position: 2,
			name: 'Radweg an der Kreisstraße 27',
			public: true,
			result: 'einstimmig beschlossen',
			resolutionText: 'Der Gemeinderat beschließt den Bau des Radweges.'
		}),
		opening: await agendaItem('agendaitem/101', {
			number: 'Ö 1',
			position: 1,
			name: 'Eröffnung und Begrüßung',
			public: true
		}),
		closed: await agendaItem('agendaitem/103', {
			number: 'N 3',
			position: 3,
			name: 'Grundstücksangelegenheiten',
			public: false
		})
	};

	async function paper(
		path: string,
		values: Partial<typeof oparlPaper.$inferInsert>,
		options: ObjectOptions = {}
	): Promise<string> {
		const id = await object('paper', path, { ...inBody, ...options });
		if (!options.deleted)
			await db
				.insert(oparlPaper)
				.values({ objectId: id, bodyId: options.bodyId ?? bodyId, ...values });
		return id;
	}
	const radweg = await paper(
		'paper/1',
		{
			name: 'Radweg an der Kreisstraße 27',
			reference: 'VO/2026/017',
			date: '2026-03-02',
			paperType: 'Beschlussvorlage',
			webUrl: 'https://ris.example.org/vorgang/1'
		},
		{ raw: { mainFile: { id: `${BASE}/file/1` }, auxiliaryFile: [{ id: `${BASE}/file/2` }] } }
	);
	const papers = {
		radweg,
		antrag: await paper('paper/2', {
			name: 'Antrag der Fraktion: Bücherbus erhalten',
			reference: 'AN/2026/003',
			date: '2026-03-05',
			paperType: 'Antrag'
		}),
		deleted: await paper('paper/3', {}, { deleted: true }),
		many: [] as string[]
	};
	for (let i = 0; i < 25; i++)
		papers.many.push(
			await paper(`paper/${100 + i}`, {
				name: `Anfrage zur Straßenbeleuchtung ${i + 1}`,
				reference: `AF/2025/${String(i + 1).padStart(3, '0')}`,
				date: `2025-0${1 + (i % 9)}-1${i % 10}`,
				paperType: 'Anfrage'
			})
		);
	const otherPaper = await paper(
		'paper/200',
		{ name: 'Haushalt Nirgendwo', paperType: 'Beschlussvorlage' },
		{ bodyId: otherBody }
	);

	async function consultation(
		path: string,
		values: Partial<typeof oparlConsultation.$inferInsert>
	): Promise<string> {
		const id = await object('consultation', path, { ...inBody, parentId: radweg });
		await db.insert(oparlConsultation).values({ objectId: id, paperId: radweg, ...values });
		return id;
	}
	// The committee's preliminary discussion came first, the council's decision after it.
	const decision = await consultation('consultation/2', {
		meetingId: meetings.upcoming,
		agendaItemId: agendaItems.radweg,
		role: 'Entscheidung',
		authoritative: true,
		organizationIds: [organizations.council]
	});
	await consultation('consultation/1', {
		meetingId: meetings.past,
		role: 'Vorberatung',
		authoritative: false,
		organizationIds: [organizations.building]
	});
	await consultation('consultation/3', {
		meetingId: meetings.placeholder,
		role: 'Kenntnisnahme',
		organizationIds: []
	});

	const pdf = Buffer.from('%PDF-1.4\n% Radweg an der Kreisstraße\n%%EOF\n');
	const { sha256 } = await writeFileBytes(pdf);
	await db
		.insert(storedFile)
		.values({
			sha256,
			size: pdf.length,
			mediaType: 'application/pdf',
			textStatus: 'done',
			text: 'Radweg an der Kreisstraße'
		})
		.onConflictDoNothing();
	async function file(
		path: string,
		parentId: string,
		values: Partial<typeof oparlFile.$inferInsert>
	): Promise<string> {
		const id = await object('file', path, { ...inBody, parentId });
		await db.insert(oparlFile).values({ objectId: id, ...values });
		return id;
	}
	const files = {
		main: await file('file/1', radweg, {
			name: 'Beschlussvorlage VO/2026/017',
			fileName: 'Beschlussvorlage_VO-2026-017.pdf',
			mimeType: 'application/pdf',
			size: pdf.length,
			accessUrl: 'https://ris.example.org/files/1/Beschlussvorlage.pdf',
			downloadStatus: 'stored',
			sha256
		}),
		attachment: await file('file/2', radweg, {
			name: 'Lageplan',
			fileName: 'Lageplan.pdf',
			mimeType: 'application/pdf',
			accessUrl: 'https://ris.example.org/files/2/Lageplan.pdf',
			downloadUrl: 'https://ris.example.org/files/download/2/Lageplan.pdf'
		}),
		invitation: await file(invitationPath, meetings.upcoming, {
			name: 'Einladung',
			fileName: 'Einladung.pdf',
			mimeType: 'application/pdf',
			accessUrl: 'https://ris.example.org/files/90/Einladung.pdf'
		})
	};
	await db
		.update(oparlPaper)
		.set({ mainFileId: files.main })
		.where(eq(oparlPaper.objectId, radweg));
	await db
		.update(oparlAgendaItem)
		.set({ consultationId: decision })
		.where(eq(oparlAgendaItem.objectId, agendaItems.radweg));

	return {
		sourceId,
		body: bodyId,
		otherBody,
		organizations,
		meetings,
		otherMeeting,
		agendaItems,
		papers,
		otherPaper,
		files,
		storedSha256: sha256,
		now
	};
}
