import { randomUUID } from 'node:crypto';
import { db } from '../../db';
import type { DirectoryFixtures } from '../../directory/testing/directory-fixtures';
import { searchDocument } from '../schema';
import type { Access, CorpusDocument, District } from './corpus-document';
import { PUBLIC_DOCUMENTS } from './corpus-public';
import { RESTRICTED_DOCUMENTS } from './corpus-restricted';

/**
 * The German test corpus for the document search, written straight into search_document (as
 * indexMotion would): the public documents and the restricted ones, each rule's cases in one.
 */
export const CORPUS = { ...PUBLIC_DOCUMENTS, ...RESTRICTED_DOCUMENTS };

export type CorpusKey = keyof typeof CORPUS;

const COUNCIL: Record<District, { ags: string; councilType: string }> = {
	vg: { ags: '13075', councilType: 'Kreistag' },
	lup: { ags: '13076', councilType: 'Kreistag' },
	hro: { ags: '13003', councilType: 'Bürgerschaft' }
};

/** Inserts the corpus; returns the source id of each document by key. */
export async function seedSearchCorpus(f: DirectoryFixtures): Promise<Record<CorpusKey, string>> {
	const ids = {} as Record<CorpusKey, string>;
	const rows = (Object.entries(CORPUS) as [CorpusKey, CorpusDocument][]).map(([key, d]) => {
		const id = randomUUID();
		ids[key] = id;
		return {
			type: 'motion',
			sourceId: id,
			title: d.title,
			body: d.body,
			attachmentText: d.attachment ?? '',
			url: `/antraege/${id}`,
			date: d.date,
			kind: d.kind,
			status: d.status,
			topicIds: d.topics.map((t) => f.topics[t]),
			districtAgs: COUNCIL[d.district].ags,
			councilType: COUNCIL[d.district].councilType,
			organizationId:
				d.district === 'vg'
					? f.organizations.kreistagVg
					: d.district === 'lup'
						? f.organizations.kreistagLup
						: f.organizations.buergerschaft,
			...accessOf(d.access, f)
		};
	});
	await db.insert(searchDocument).values(rows);
	return ids;
}

/** As searchAccessOf stores it: a faction draft of Fraktion DIE LINKE (Kreistag VG), or the member's own. */
function accessOf(access: Access, f: DirectoryFixtures) {
	switch (access) {
		case 'public':
		case 'members':
			return { access, readerFactionIds: [], readerUserIds: [] };
		case 'faction':
			return {
				access: 'restricted',
				readerFactionIds: [f.organizations.factionVg],
				readerUserIds: []
			};
		case 'author':
			return { access: 'restricted', readerFactionIds: [], readerUserIds: [f.users.member.id] };
	}
}
