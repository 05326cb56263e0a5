import { eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { topic } from '../directory/schema';
import { body, organization, territorialUnit } from '../territory/schema';

export interface BodyRef {
	id: string;
	name: string;
	ags: string | null;
	kind: string | null;
	/** The territorial unit's own name ("Greifswald"). */
	unitName: string | null;
}

export interface OrganizationRef {
	id: string;
	bodyId: string;
	name: string;
	type: 'council' | 'committee' | 'faction' | 'party' | 'other';
	parentId: string | null;
}

/** A lookup answer: the match, or a German reason why there is none. */
export type Lookup<T> = { ok: true; value: T } | { ok: false; message: string };

const key = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** Council words people use for a Gemeinde's council, which the platform stores as Gemeindevertretung. */
const GEMEINDE_COUNCIL_WORDS = ['gemeindevertretung', 'stadtvertretung', 'bürgerschaft'];

/**
 * The names the CSV refers to: bodies (Gebietskörperschaften), their councils, committees and
 * factions, and the topic list. Loaded once per import, so 1,000 rows cost a few queries.
 */
export class ReferenceData {
	private readonly bodiesByName = new Map<string, BodyRef[]>();
	private readonly bodiesByAgs = new Map<string, BodyRef>();
	private readonly organizationsByBody = new Map<string, OrganizationRef[]>();
	private readonly topicsByName = new Map<string, { id: string; name: string }>();

	private constructor(
		bodies: BodyRef[],
		organizations: OrganizationRef[],
		topics: { id: string; slug: string; name: string }[]
	) {
		for (const b of bodies) {
			const names = [b.name];
			// "Greifswald" for "Universitäts- und Hansestadt Greifswald": the unit's own name is what
			// people write, or the plain "Gemeinde X" / "Stadt X" (the body names before data version 4).
			if (b.kind === 'gemeinde' && b.unitName) {
				names.push(b.unitName, `Gemeinde ${b.unitName}`);
				if (b.name !== `Gemeinde ${b.unitName}`) names.push(`Stadt ${b.unitName}`);
			}
			for (const name of names) {
				const list = this.bodiesByName.get(key(name)) ?? [];
				if (!list.includes(b)) list.push(b);
				this.bodiesByName.set(key(name), list);
			}
			if (b.ags) this.bodiesByAgs.set(b.ags, b);
		}
		for (const o of organizations) this.addOrganization(o);
		for (const t of topics) {
			const entry = { id: t.id, name: t.name };
			// "Haushalt" for "Haushalt und Finanzen", "oepnv" for "ÖPNV und Mobilität".
			for (const name of [t.name, t.slug, t.name.split(' und ')[0]!])
				if (!this.topicsByName.has(key(name))) this.topicsByName.set(key(name), entry);
		}
	}

	static async load(tx: Transaction): Promise<ReferenceData> {
		const [bodies, organizations, topics] = await Promise.all([
			tx
				.select({
					id: body.id,
					name: body.name,
					ags: territorialUnit.ags,
					kind: territorialUnit.kind,
					unitName: territorialUnit.name
				})
				.from(body)
				.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId)),
			tx
				.select({
					id: organization.id,
					bodyId: organization.bodyId,
					name: organization.name,
					type: organization.organizationType,
					parentId: organization.parentId
				})
				.from(organization),
			tx
				.select({ id: topic.id, slug: topic.slug, name: topic.name, archivedAt: topic.archivedAt })
				.from(topic)
		]);
		// Archived topics stay where they are attached but are not handed out any more.
		return new ReferenceData(
			bodies,
			organizations,
			topics.filter((t) => t.archivedAt === null)
		);
	}

	addOrganization(o: OrganizationRef): void {
		const list = this.organizationsByBody.get(o.bodyId) ?? [];
		list.push(o);
		this.organizationsByBody.set(o.bodyId, list);
	}

	body(value: string): Lookup<BodyRef> {
		const byAgs = this.bodiesByAgs.get(value.trim());
		if (byAgs) return { ok: true, value: byAgs };
		const found = this.bodiesByName.get(key(value)) ?? [];
		if (found.length === 1) return { ok: true, value: found[0]! };
		if (found.length > 1)
			return {
				ok: false,
				message: `„${value}“ gibt es ${found.length}-mal. Bitte den Gemeindeschlüssel angeben (${found
					.map((b) => b.ags)
					.filter(Boolean)
					.join(', ')}).`
			};
		return { ok: false, message: `Keine Gebietskörperschaft heißt „${value}“.` };
	}

	/** A council or committee of the body. */
	gremium(b: BodyRef, value: string): Lookup<OrganizationRef> {
		const organizations = (this.organizationsByBody.get(b.id) ?? []).filter(
			(o) => o.type === 'council' || o.type === 'committee'
		);
		const wanted = key(value);
		const exact = organizations.filter((o) => key(o.name) === wanted);
		if (exact.length === 1) return { ok: true, value: exact[0]! };
		if (b.kind === 'gemeinde') {
			// The Gemeinde's council is stored as "Gemeindevertretung X"; a town calls it otherwise.
			const word = GEMEINDE_COUNCIL_WORDS.find((w) => wanted.startsWith(`${w} `));
			const council = organizations.find((o) => o.type === 'council' && o.parentId === null);
			if (word && council && key(council.name).endsWith(wanted.slice(word.length)))
				return { ok: true, value: council };
		}
		const offered = organizations
			.map((o) => o.name)
			.slice(0, 6)
			.join(', ');
		return {
			ok: false,
			message: `${b.name} hat kein Gremium „${value}“${offered ? ` (vorhanden: ${offered})` : ''}.`
		};
	}

	/** A faction of the body, or null if it does not exist yet (the import creates it). */
	faction(b: BodyRef, value: string): OrganizationRef | null {
		const wanted = key(value);
		return (
			(this.organizationsByBody.get(b.id) ?? []).find(
				(o) => o.type === 'faction' && key(o.name) === wanted
			) ?? null
		);
	}

	topic(value: string): { id: string; name: string } | null {
		return this.topicsByName.get(key(value)) ?? null;
	}
}
