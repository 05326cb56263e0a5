import { sql } from 'drizzle-orm';
import { db } from '../db';
import { topic } from './schema';

/**
 * The topics a new instance starts with: the fields municipal councils decide on most. The board
 * edits the list afterwards; these are written only into an empty topic table, so a topic the
 * board removed does not come back on the next start.
 */
export const DEFAULT_TOPICS: readonly { slug: string; name: string }[] = [
	{ slug: 'haushalt', name: 'Haushalt und Finanzen' },
	{ slug: 'schule', name: 'Schule' },
	{ slug: 'kita', name: 'Kita und Kindertagespflege' },
	{ slug: 'jugend', name: 'Kinder und Jugend' },
	{ slug: 'oepnv', name: 'ÖPNV und Mobilität' },
	{ slug: 'wohnen', name: 'Wohnen und Mieten' },
	{ slug: 'klima', name: 'Klima und Energie' },
	{ slug: 'umwelt', name: 'Umwelt und Naturschutz' },
	{ slug: 'gesundheit', name: 'Gesundheit und Pflege' },
	{ slug: 'soziales', name: 'Soziales' },
	{ slug: 'kultur', name: 'Kultur' },
	{ slug: 'sport', name: 'Sport' },
	{ slug: 'feuerwehr', name: 'Feuerwehr und Katastrophenschutz' },
	{ slug: 'digitalisierung', name: 'Digitalisierung' },
	{ slug: 'wirtschaft', name: 'Wirtschaft und Tourismus' },
	{ slug: 'landwirtschaft', name: 'Landwirtschaft und ländlicher Raum' },
	{ slug: 'bauen', name: 'Bauen und Stadtentwicklung' },
	{ slug: 'migration', name: 'Migration und Integration' },
	{ slug: 'gleichstellung', name: 'Gleichstellung' },
	{ slug: 'senioren', name: 'Senior*innen' },
	{ slug: 'demokratie', name: 'Demokratie und Beteiligung' }
];

/** Fills an empty topic table with the defaults; returns how many were written. */
export async function ensureDefaultTopics(): Promise<number> {
	return db.transaction(async (tx) => {
		// Two processes starting at once must not both see an empty table.
		await tx.execute(sql`select pg_advisory_xact_lock(724010)`);
		const [{ count }] = (await tx.select({ count: sql<number>`count(*)::int` }).from(topic)) as [
			{ count: number }
		];
		if (count > 0) return 0;
		await tx.insert(topic).values(DEFAULT_TOPICS.map((t, index) => ({ ...t, sortOrder: index })));
		return DEFAULT_TOPICS.length;
	});
}
