import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { seedDirectoryFixtures } from '../../directory/testing/directory-fixtures';
import { storedFile } from '../../files/schema';
import { motion, motionAttachment, motionTopic } from '../../motions/schema';
import { organization } from '../../territory/schema';
import { publicOrigin } from '../../auth/public-origin';
import { serveOparl } from '../serve-oparl';
import type { OparlJson } from '../oparl-object';

/** Values that must never leave the API; each test asserts none of them in any answer. */
export const PRIVATE_VALUES = {
	membersMotionTitle: 'Interner Entwurf Kreisumlage',
	factionDraftTitle: 'Fraktionsentwurf Schulbus',
	membersAttachmentName: 'interne-kalkulation.pdf',
	membersAttachmentText: 'Vertrauliche Kalkulation'
};

/**
 * The directory fixtures (Greta public record with fields of each visibility, Hanna and Mira
 * sachkundige Einwohnerinnen, Heinz in a Gemeinde, Otto a former member) plus motions: one
 * public with a file, one for members only with a file, one faction draft, one template.
 */
export async function seedApiFixtures() {
	const directory = await seedDirectoryFixtures();
	const { organizations, users, topics } = directory;
	const [pdf, secret] = await db
		.insert(storedFile)
		.values([
			{
				sha256: 'a'.repeat(64),
				size: 1234,
				mediaType: 'application/pdf',
				textStatus: 'done',
				text: 'Begründung des Antrags zum Nahverkehr',
				extractedAt: new Date()
			},
			{
				sha256: 'b'.repeat(64),
				size: 99,
				mediaType: 'application/pdf',
				textStatus: 'done',
				text: PRIVATE_VALUES.membersAttachmentText,
				extractedAt: new Date()
			}
		])
		.returning();
	const [publicMotion, membersMotion, draft, template] = await db
		.insert(motion)
		.values([
			{
				type: 'motion',
				title: 'Kostenloser Nahverkehr für Schüler*innen',
				councilId: organizations.kreistagVg,
				factionId: organizations.factionVg,
				status: 'filed',
				filedOn: '2025-03-01',
				visibility: 'public',
				createdById: users.faction_admin.id
			},
			{
				type: 'inquiry',
				title: PRIVATE_VALUES.membersMotionTitle,
				councilId: organizations.kreistagVg,
				factionId: organizations.factionVg,
				status: 'filed',
				visibility: 'members'
			},
			{
				type: 'motion',
				title: PRIVATE_VALUES.factionDraftTitle,
				councilId: organizations.buergerschaft,
				factionId: organizations.factionHro,
				visibility: 'faction'
			},
			{ type: 'template', title: 'Musterantrag Spielplätze', visibility: 'public' }
		])
		.returning({ id: motion.id });
	const [publicFile, membersFile] = await db
		.insert(motionAttachment)
		.values([
			{ motionId: publicMotion!.id, fileSha256: pdf!.sha256, fileName: 'begruendung.pdf' },
			{
				motionId: membersMotion!.id,
				fileSha256: secret!.sha256,
				fileName: PRIVATE_VALUES.membersAttachmentName
			}
		])
		.returning({ id: motionAttachment.id });
	await db.insert(motionTopic).values({ motionId: publicMotion!.id, topicId: topics.oepnv });
	const bodyOf = async (organizationId: string) => {
		const [row] = await db
			.select({ bodyId: organization.bodyId })
			.from(organization)
			.where(eq(organization.id, organizationId));
		return row!.bodyId;
	};
	return {
		...directory,
		bodies: {
			vorpommernGreifswald: await bodyOf(organizations.kreistagVg),
			rostock: await bodyOf(organizations.buergerschaft),
			ludwigslustParchim: await bodyOf(organizations.kreistagLup),
			gemeinde: await bodyOf(organizations.gemeinde)
		},
		motions: {
			public: publicMotion!.id,
			members: membersMotion!.id,
			draft: draft!.id,
			template: template!.id
		},
		files: { public: publicFile!.id, members: membersFile!.id }
	};
}
export type ApiFixtures = Awaited<ReturnType<typeof seedApiFixtures>>;

/** The path below `/oparl/v1/` of one of our absolute OParl URLs, with its query. */
export function apiPath(url: string): { path: string; search: URLSearchParams } {
	const prefix = `${publicOrigin()}/oparl/v1/`;
	if (!url.startsWith(prefix)) throw new Error(`Keine Adresse dieser API: ${url}`);
	const parsed = new URL(url);
	return { path: parsed.pathname.slice('/oparl/v1/'.length), search: parsed.searchParams };
}

/** GET an object or list by its URL through the API (no HTTP), expecting 200. */
export async function fetchOparl(url: string): Promise<OparlJson> {
	const { path, search } = apiPath(url);
	const answer = await serveOparl(path, search);
	if (answer.status !== 200) throw new Error(`${url}: ${answer.status} ${answer.message}`);
	return answer.body;
}

/** Every element of an external list, following `links.next` to the end. */
export async function fetchAllPages(url: string): Promise<OparlJson[]> {
	const all: OparlJson[] = [];
	let next: string | undefined = url;
	for (let pages = 0; next; pages++) {
		if (pages > 1000) throw new Error(`${url}: endlose Liste`);
		const list = (await fetchOparl(next)) as { data: OparlJson[]; links: { next?: string } };
		all.push(...list.data);
		next = list.links.next;
	}
	return all;
}
