import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEvent, thrownBy } from '$lib/server/auth/test-event';
import { signedInJar } from '$lib/server/auth/test-support';
import type { SessionUser } from '$lib/server/auth/types';
import { resetEnvForTests } from '$lib/server/config/env';
import { db } from '$lib/server/db';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '$lib/server/directory/testing/directory-fixtures';
import { fixture } from '$lib/server/files/testing/fixtures';
import { motion, motionAuthor } from '$lib/server/motions/schema';
import { createTestDatabase } from '$lib/server/testing/test-db';
import { GET as download } from '../../../../(public)/antraege/[id]/anhaenge/[attachmentId]/+server';
import { GET as exportDocx } from '../../../../(public)/antraege/[id]/export.docx/+server';
import { GET as exportPdf } from '../../../../(public)/antraege/[id]/export.pdf/+server';
import { actions, load } from './+page.server';

type Role = 'anonymous' | 'interested' | 'member' | 'faction_admin' | 'board';
const ROLES: Role[] = ['anonymous', 'interested', 'member', 'faction_admin', 'board'];

let dataDir: string;
let fx: DirectoryFixtures;
let motions: { draft: string; members: string; public: string };

beforeAll(() => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-attachment-routes-'));
	process.env.DATA_DIR = dataDir;
	resetEnvForTests();
});
afterAll(() => {
	delete process.env.DATA_DIR;
	resetEnvForTests();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

async function addMotion(author: SessionUser, values: Partial<typeof motion.$inferInsert>) {
	const [row] = await db
		.insert(motion)
		.values({ type: 'motion', title: 'Ohne Titel', createdById: author.id, ...values })
		.returning({ id: motion.id });
	await db.insert(motionAuthor).values({ motionId: row!.id, userId: author.id });
	return row!.id;
}

const jars = new Map<string, Awaited<ReturnType<typeof signedInJar>>['jar']>();

// One database, directory and set of sessions per file (state data, five password hashes and
// sign-ins cost seconds each); every test gets motions of its own, so none sees another's files.
beforeAll(async () => {
	await createTestDatabase();
	fx = await seedDirectoryFixtures();
});

beforeEach(async () => {
	motions = {
		draft: await addMotion(fx.users.faction_admin, {
			title: 'Geheimer Entwurf Streuobst',
			text: '## Beschluss\n\n1. eins\n2. zwei',
			factionId: fx.organizations.factionVg,
			visibility: 'faction'
		}),
		members: await addMotion(fx.users.member, {
			title: 'Nur für Mitglieder',
			status: 'filed',
			visibility: 'members'
		}),
		public: await addMotion(fx.users.member, {
			title: 'Radwege für alle',
			text: 'Der Kreistag möge beschließen.',
			status: 'adopted',
			votesYes: 20,
			votesNo: 3,
			decidedOn: '2026-04-02',
			visibility: 'public'
		})
	};
});

async function eventFor(role: Role, url: string, params: Record<string, string>, form?: FormData) {
	const email = role === 'anonymous' ? null : fx.users[role].email;
	// One sign-in per role and file: signing in again and again would hit the sign-in rate limit.
	if (email && !jars.has(email)) jars.set(email, (await signedInJar(email)).jar);
	const jar = email ? jars.get(email) : undefined;
	const { event } = await testEvent({ url, jar, params });
	if (form) {
		(event as { request: Request }).request = new Request(event.url, {
			method: 'POST',
			headers: { cookie: event.request.headers.get('cookie') ?? '' },
			body: form
		});
	}
	return event as never;
}

function uploadForm(name: string, bytes: Buffer): FormData {
	const form = new FormData();
	form.set('datei', new File([new Uint8Array(bytes)], name));
	return form;
}

async function status(run: () => Promise<Response>): Promise<number> {
	try {
		return (await run()).status;
	} catch (caught) {
		return (caught as { status: number }).status;
	}
}

describe('attachments and exports of motions', () => {
	it('uploads on the manage page, downloads with the detected type, refuses a renamed program', async () => {
		const params = { id: motions.draft };
		const url = `/antraege/${motions.draft}/anhaenge`;
		const uploaded = await actions.upload(
			await eventFor('faction_admin', url, params, uploadForm('Antrag.pdf', fixture('antrag.docx')))
		);
		expect(uploaded).toMatchObject({
			scope: 'upload',
			success: expect.stringContaining('Antrag.pdf.docx')
		});
		const refused = await actions.upload(
			await eventFor(
				'faction_admin',
				url,
				params,
				uploadForm('antrag.pdf', fixture('programm.exe'))
			)
		);
		expect(refused).toMatchObject({
			status: 400,
			data: { errors: { datei: [expect.stringContaining('kein PDF-')] } }
		});
		const page = (await load(await eventFor('faction_admin', url, params))) as {
			attachments: { id: string; fileName: string }[];
		};
		expect(page.attachments.map((item) => item.fileName)).toEqual(['Antrag.pdf.docx']);

		const attachmentId = page.attachments[0]!.id;
		const response = await download(
			await eventFor('faction_admin', `${url}/${attachmentId}`, { id: motions.draft, attachmentId })
		);
		expect(response.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="Antrag.pdf.docx"; filename*=UTF-8''Antrag.pdf.docx`
		);
		expect(Buffer.from(await response.arrayBuffer()).equals(fixture('antrag.docx'))).toBe(true);

		const removed = await actions.remove(
			await eventFor(
				'faction_admin',
				url,
				params,
				(() => {
					const form = new FormData();
					form.set('attachmentId', attachmentId);
					return form;
				})()
			)
		);
		expect(removed).toMatchObject({ success: 'Der Anhang ist entfernt.' });
	});

	it('lets only the motion’s editors open the manage page and upload', async () => {
		const url = `/antraege/${motions.draft}/anhaenge`;
		const params = { id: motions.draft };
		expect(
			await thrownBy(async () => load(await eventFor('anonymous', url, params)))
		).toMatchObject({
			status: 303
		});
		expect(
			await thrownBy(async () => load(await eventFor('interested', url, params)))
		).toMatchObject({
			status: 403
		});
		// The member and the board do not read the faction's draft: not found, not "forbidden".
		for (const role of ['member', 'board'] as const) {
			expect(await thrownBy(async () => load(await eventFor(role, url, params)))).toMatchObject({
				status: 404
			});
			expect(
				await thrownBy(async () =>
					actions.upload(
						await eventFor(role, url, params, uploadForm('a.pdf', fixture('antrag.pdf')))
					)
				)
			).toMatchObject({ status: 404 });
		}
		// The faction admin reads the member's motion but may not change its files.
		const foreign = { id: motions.members };
		expect(
			await thrownBy(async () =>
				load(await eventFor('faction_admin', `/antraege/${motions.members}/anhaenge`, foreign))
			)
		).toMatchObject({ status: 403 });
	});

	it('exports and downloads exactly for the motion’s readers, per role', async () => {
		const expected: Record<keyof typeof motions, Record<Role, number>> = {
			draft: { anonymous: 404, interested: 404, member: 404, faction_admin: 200, board: 404 },
			members: { anonymous: 404, interested: 404, member: 200, faction_admin: 200, board: 200 },
			public: { anonymous: 200, interested: 200, member: 200, faction_admin: 200, board: 200 }
		};
		const { attachFile } = await import('$lib/server/motions/attachments/attach-file');
		const attachments = {
			draft: (
				await attachFile(fx.users.faction_admin, {
					motionId: motions.draft,
					fileName: 'd.pdf',
					bytes: fixture('antrag.pdf')
				})
			).id,
			members: (
				await attachFile(fx.users.member, {
					motionId: motions.members,
					fileName: 'm.odt',
					bytes: fixture('anfrage.odt')
				})
			).id,
			public: (
				await attachFile(fx.users.member, {
					motionId: motions.public,
					fileName: 'p.docx',
					bytes: fixture('antrag.docx')
				})
			).id
		};
		for (const kind of Object.keys(motions) as (keyof typeof motions)[]) {
			const id = motions[kind];
			for (const role of ROLES) {
				const want = expected[kind][role];
				const pdf = await status(async () =>
					exportPdf(await eventFor(role, `/antraege/${id}/export.pdf`, { id }))
				);
				const docx = await status(async () =>
					exportDocx(await eventFor(role, `/antraege/${id}/export.docx`, { id }))
				);
				const file = await status(async () =>
					download(
						await eventFor(role, `/antraege/${id}/anhaenge/x`, {
							id,
							attachmentId: attachments[kind]
						})
					)
				);
				expect({ kind, role, pdf, docx, file }).toEqual({
					kind,
					role,
					pdf: want,
					docx: want,
					file: want
				});
			}
		}
	});

	it('prints the decision, and authors for members only', async () => {
		const id = motions.public;
		const forPublic = await exportDocx(
			await eventFor('anonymous', `/antraege/${id}/export.docx`, { id })
		);
		expect(forPublic.headers.get('content-disposition')).toContain(
			'filename="Antrag Radwege fur alle.docx"'
		);
		expect(forPublic.headers.get('cache-control')).toBe('private, no-store');
		const publicText = (
			await mammoth.extractRawText({ buffer: Buffer.from(await forPublic.arrayBuffer()) })
		).value;
		expect(publicText).toContain('beschlossen am 2. April 2026: 20 Ja, 3 Nein');
		expect(publicText).not.toContain('Mira Mitgliedermann');
		const forMember = await exportDocx(
			await eventFor('member', `/antraege/${id}/export.docx`, { id })
		);
		const memberText = (
			await mammoth.extractRawText({ buffer: Buffer.from(await forMember.arrayBuffer()) })
		).value;
		expect(memberText).toContain('Mira Mitgliedermann');

		const numbered = await exportPdf(
			await eventFor('member', `/antraege/${id}/export.pdf?zeilennummern=1`, { id })
		);
		expect(numbered.headers.get('content-type')).toBe('application/pdf');
		const plain = await exportPdf(await eventFor('member', `/antraege/${id}/export.pdf`, { id }));
		// Line numbers are extra text in the margin.
		expect((await numbered.arrayBuffer()).byteLength).toBeGreaterThan(
			(await plain.arrayBuffer()).byteLength
		);
	});
});
