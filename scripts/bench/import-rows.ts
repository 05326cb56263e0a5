import { and, eq, isNull, like } from 'drizzle-orm';
import { PersonFactory } from '../../src/lib/server/demo/data/directory-people';
import { seededRandom } from '../../src/lib/server/demo/data/directory-random';
import { db } from '../../src/lib/server/db';
import { topic } from '../../src/lib/server/directory/schema';
import { COLUMNS } from '../../src/lib/server/directory-import/csv-format';
import { body, organization } from '../../src/lib/server/territory/schema';

/**
 * `count` invented rows for the import benchmark: people spread over the state's councils (Kreis
 * level and Gemeinden), a faction per council that the import creates, one to two topics, dates
 * in both formats. Deterministic, so runs compare.
 */
export async function benchmarkCsv(count: number, options: { phoneSuffix?: string } = {}) {
	const councils = await db
		.select({ body: body.name, council: organization.name })
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.where(
			and(
				like(organization.dataKey, 'mv:council:13%'),
				eq(organization.organizationType, 'council'),
				isNull(organization.parentId)
			)
		)
		.orderBy(organization.name);
	// Gemeinden share names across Kreise; those would need the AGS, so the bench leaves them out.
	const names = new Map<string, number>();
	for (const c of councils) names.set(c.body, (names.get(c.body) ?? 0) + 1);
	const usable = councils.filter((c) => names.get(c.body) === 1);
	const topics = (await db.select({ name: topic.name }).from(topic)).map((t) => t.name);

	const random = seededRandom(1000);
	const factory = new PersonFactory(random, []);
	const rows: string[] = [COLUMNS.join(';')];
	for (let i = 0; i < count; i++) {
		const place = usable[(i * 7) % usable.length]!;
		const p = factory.create({ areaCode: '0385', place: place.body });
		const phone = p.phone ? p.phone + (options.phoneSuffix ?? '') : '';
		const start = i % 2 === 0 ? '09.06.2024' : '2024-06-09';
		rows.push(
			[
				p.givenName,
				p.familyName,
				p.email,
				phone,
				place.body,
				place.council,
				'Fraktion DIE LINKE',
				i % 10 === 0 ? 'Fraktionsvorsitz' : 'Mitglied',
				random.sample(topics, random.int(1, 2)).join('|'),
				start,
				'',
				random.pick(['öffentlich', 'Mitglieder', 'Vorstand'])
			].join(';')
		);
	}
	return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
