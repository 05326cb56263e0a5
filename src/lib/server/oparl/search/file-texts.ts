import { and, asc, eq, inArray } from 'drizzle-orm';
import { MAX_TEXT_CHARS } from '../../files/extract-text';
import { storedFile } from '../../files/schema';
import { oparlFile, oparlObject } from '../schema';
import type { OparlExecutor } from './executor';

/**
 * The extracted text of the files that came with these objects (a paper's main and auxiliary
 * files, an agenda item's resolution file), per object: main files first, then by name, so a
 * document's attachment text reads in the order the council presents its files. Files still
 * downloading, without text (scans) or removed by the source add nothing.
 */
export async function fileTextsOf(
	executor: OparlExecutor,
	parents: readonly { id: string; mainFileId?: string | null }[]
): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	if (parents.length === 0) return texts;
	const parentIds = parents.map((parent) => parent.id);
	const mainFiles = new Map(
		parents
			.filter((parent): parent is { id: string; mainFileId: string } => !!parent.mainFileId)
			.map((parent) => [parent.mainFileId, parent.id])
	);
	const rows = await executor
		.select({
			fileId: oparlObject.id,
			parentId: oparlObject.parentId,
			name: oparlFile.name,
			text: storedFile.text
		})
		.from(oparlObject)
		.innerJoin(oparlFile, eq(oparlFile.objectId, oparlObject.id))
		.innerJoin(storedFile, eq(storedFile.sha256, oparlFile.sha256))
		.where(
			and(
				eq(oparlObject.type, 'file'),
				eq(oparlObject.deleted, false),
				eq(storedFile.textStatus, 'done'),
				inArray(oparlObject.parentId, parentIds)
			)
		)
		.orderBy(asc(oparlFile.name), asc(oparlObject.id));
	// A main file given by reference (not embedded) has no parent: found by its id.
	const byMainId =
		mainFiles.size > 0
			? await executor
					.select({ fileId: oparlObject.id, text: storedFile.text })
					.from(oparlObject)
					.innerJoin(oparlFile, eq(oparlFile.objectId, oparlObject.id))
					.innerJoin(storedFile, eq(storedFile.sha256, oparlFile.sha256))
					.where(
						and(
							inArray(oparlObject.id, [...mainFiles.keys()]),
							eq(oparlObject.deleted, false),
							eq(storedFile.textStatus, 'done')
						)
					)
			: [];
	const parts = new Map<string, { main: string[]; other: string[]; seen: Set<string> }>();
	const add = (parentId: string, fileId: string, text: string | null, main: boolean) => {
		if (!text) return;
		let entry = parts.get(parentId);
		if (!entry) parts.set(parentId, (entry = { main: [], other: [], seen: new Set() }));
		if (entry.seen.has(fileId)) return;
		entry.seen.add(fileId);
		(main ? entry.main : entry.other).push(text);
	};
	for (const row of byMainId) add(mainFiles.get(row.fileId)!, row.fileId, row.text, true);
	for (const row of rows) {
		if (!row.parentId) continue;
		add(row.parentId, row.fileId, row.text, mainFiles.get(row.fileId) === row.parentId);
	}
	for (const [parentId, entry] of parts) {
		texts.set(parentId, capAttachmentText([...entry.main, ...entry.other].join('\n\n')));
	}
	return texts;
}

/**
 * PostgreSQL refuses a tsvector over 1 MB; each file's text is capped by the files module, but a
 * paper with many long files could exceed it together. The same cap as one file's: the first
 * files (main file first) carry the gist.
 */
export const MAX_ATTACHMENT_CHARS = MAX_TEXT_CHARS;

function capAttachmentText(text: string): string {
	if (text.length <= MAX_ATTACHMENT_CHARS) return text;
	const cut = text.lastIndexOf(' ', MAX_ATTACHMENT_CHARS);
	return text
		.slice(0, cut > MAX_ATTACHMENT_CHARS - 1000 ? cut : MAX_ATTACHMENT_CHARS)
		.replace(/[\ud800-\udbff]$/, '');
}
