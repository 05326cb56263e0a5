import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { ensureDefaultTopics } from '../../directory/default-topics';
import { membership, person } from '../../directory/schema';
import { loadStateData } from '../../territory/load-state-data';
import { organization } from '../../territory/schema';
import { createTestDatabase } from '../../testing/test-db';
import { COLUMNS } from '../csv-format';

/** A fresh database with the state's councils and the default topics, as an import needs. */
export async function createImportTestDatabase(): Promise<void> {
	await createTestDatabase();
	await loadStateData({ state: 'mv' });
	await ensureDefaultTopics();
}

export const board: SessionUser = {
	id: 'board-1',
	email: 'vorstand@example.org',
	name: 'Vera Vorstand',
	role: 'board',
	emailVerified: true,
	twoFactorEnabled: true,
	accessExpiresAt: null
};

/** A CSV from rows of cells, header included; `;` and a BOM unless told otherwise. */
export function csv(
	rows: string[][],
	options: { delimiter?: string; bom?: boolean } = {}
): Uint8Array {
	const delimiter = options.delimiter ?? ';';
	const text = [COLUMNS as readonly string[], ...rows]
		.map((cells) =>
			cells
				.map((c) => (c.includes(delimiter) || c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c))
				.join(delimiter)
		)
		.join('\r\n');
	return new TextEncoder().encode((options.bom === false ? '' : '\uFEFF') + text + '\r\n');
}

export const KREISTAG_VG = ['Landkreis Vorpommern-Greifswald', 'Kreistag Vorpommern-Greifswald'];

export async function tableCounts() {
	const count = async (table: typeof person | typeof membership | typeof organization) =>
		((await db.select({ n: sql<number>`count(*)::int` }).from(table)) as [{ n: number }])[0].n;
	return {
		people: await count(person),
		memberships: await count(membership),
		organizations: await count(organization)
	};
}

export async function personByEmail(email: string) {
	const [row] = await db.select().from(person).where(eq(person.email, email));
	return row;
}

export async function membershipsOf(personId: string) {
	return db
		.select({
			role: membership.role,
			organization: organization.name,
			startDate: membership.startDate,
			endDate: membership.endDate,
			onBehalfOfId: membership.onBehalfOfId
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(eq(membership.personId, personId));
}
