import { and, eq, inArray } from 'drizzle-orm';
import type { OparlFileDownloadStatus } from '$lib/shared/oparl';
import { db } from '../../db';
import { storedFile } from '../../files/schema';
import { oparlFile, oparlObject } from '../schema';
import { httpUrl } from './http-url';

/** Where a file sits in its paper, meeting or agenda item, as OParl names the field. */
const FILE_ROLES = [
	['mainFile', 'Vorlage'],
	['invitation', 'Einladung'],
	['resolutionFile', 'Beschluss'],
	['resultsProtocol', 'Ergebnisprotokoll'],
	['verbatimProtocol', 'Wortprotokoll'],
	['auxiliaryFile', 'Anlage']
] as const;

export interface CouncilFile {
	id: string;
	name: string;
	mimeType: string | null;
	size: number | null;
	date: string | null;
	/** "Vorlage", "Anlage", "Einladung" …; null when the parent does not say. */
	role: string | null;
	/** Our stored copy (`/ratsinfo/dateien/<id>`), else the council system's own address. */
	href: string | null;
	stored: boolean;
	downloadStatus: OparlFileDownloadStatus;
	/** Text state of the stored copy: searchable, none in it (a scan), or not read yet. */
	textStatus: 'done' | 'no_text' | 'pending' | 'failed' | null;
}

/** The files embedded in these papers, meetings or agenda items, grouped by their parent. */
export async function councilFilesOf(
	parents: readonly { id: string; raw: Record<string, unknown> | null }[]
): Promise<Map<string, CouncilFile[]>> {
	const byParent = new Map<string, CouncilFile[]>();
	if (parents.length === 0) return byParent;
	const rows = await db
		.select({
			id: oparlObject.id,
			oparlId: oparlObject.oparlId,
			parentId: oparlObject.parentId,
			file: oparlFile,
			textStatus: storedFile.textStatus
		})
		.from(oparlFile)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlFile.objectId))
		.leftJoin(storedFile, eq(storedFile.sha256, oparlFile.sha256))
		.where(
			and(
				inArray(
					oparlObject.parentId,
					parents.map((parent) => parent.id)
				),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false)
			)
		);
	const roles = new Map(parents.map((parent) => [parent.id, rolesIn(parent.raw)]));
	for (const row of rows) {
		const parentId = row.parentId!;
		const stored = row.file.downloadStatus === 'stored' && row.file.sha256 !== null;
		const role = roles.get(parentId)?.get(row.oparlId) ?? null;
		const list = byParent.get(parentId) ?? [];
		list.push({
			id: row.id,
			name: row.file.name?.trim() || row.file.fileName?.trim() || 'Datei',
			mimeType: row.file.mimeType,
			size: row.file.size,
			date: row.file.date,
			role: role === null ? null : roleLabel(role),
			href: stored
				? `/ratsinfo/dateien/${row.id}`
				: (httpUrl(row.file.downloadUrl) ?? httpUrl(row.file.accessUrl)),
			stored,
			downloadStatus: row.file.downloadStatus,
			textStatus: stored ? (row.textStatus ?? null) : null
		});
		byParent.set(parentId, list);
	}
	for (const list of byParent.values()) list.sort(byRoleThenName);
	return byParent;
}

type RoleKey = (typeof FILE_ROLES)[number][0];

function roleLabel(key: RoleKey): string {
	return FILE_ROLES.find(([name]) => name === key)![1];
}

/** Which field of the parent's raw JSON names each file id (embedded object or plain URL). */
function rolesIn(raw: Record<string, unknown> | null): Map<string, RoleKey> {
	const roles = new Map<string, RoleKey>();
	if (!raw) return roles;
	for (const [key] of FILE_ROLES) {
		const value = raw[key];
		for (const entry of Array.isArray(value) ? value : [value]) {
			const id =
				typeof entry === 'string'
					? entry
					: entry && typeof entry === 'object' && 'id' in entry
						? (entry as { id: unknown }).id
						: null;
			if (typeof id === 'string' && !roles.has(id)) roles.set(id, key);
		}
	}
	return roles;
}

function byRoleThenName(a: CouncilFile, b: CouncilFile): number {
	const rank = (file: CouncilFile) => {
		const index = FILE_ROLES.findIndex(([, label]) => label === file.role);
		return index === -1 ? FILE_ROLES.length : index;
	};
	return rank(a) - rank(b) || a.name.localeCompare(b.name, 'de');
}
