import { ELECTED_ROLES, type MembershipRole } from '../../../shared/directory';
import {
	FIXTURE_MEMBERSHIPS,
	FIXTURE_PEOPLE,
	PREVIOUS_TERM_END,
	PREVIOUS_TERM_START,
	TERM_START
} from './directory-fixtures';
import { DEMO_COMMITTEES, DEMO_GEMEINDEN, DEMO_KREISE } from './directory-places';
import { PersonFactory } from './directory-people';
import { seededRandom } from './directory-random';
import type {
	DemoDirectory,
	DemoMembership,
	DemoOrganization,
	DemoOrganizationRef,
	DemoPerson
} from './directory-types';

export type { DemoDirectory } from './directory-types';

/**
 * The demo instance's network, invented but shaped like the real one: the party's factions in all
 * eight Kreistage and city councils (the joint faction in Rostock), their committees with
 * sachkundige Einwohner*innen, seats in Gemeindevertretungen (some people hold both), spokespersons,
 * mandates of the 2019–2024 term that ended, and members without any mandate. Built from a fixed
 * seed, so every start and every test sees the same people.
 */
function buildDemoDirectory(): DemoDirectory {
	const random = seededRandom(20240609);
	const factory = new PersonFactory(random, FIXTURE_PEOPLE);
	const organizations: DemoOrganization[] = [];
	const people: DemoPerson[] = [...FIXTURE_PEOPLE];
	const memberships: DemoMembership[] = [...FIXTURE_MEMBERSHIPS];

	const add = (
		person: DemoPerson,
		organization: DemoOrganizationRef,
		role: MembershipRole,
		extra: Partial<Omit<DemoMembership, 'person' | 'organization' | 'role'>> = {}
	) =>
		memberships.push({
			person: person.key,
			organization,
			role,
			onBehalfOf: null,
			topic: null,
			startDate: TERM_START,
			endDate: null,
			...extra
		});
	const create = (areaCode: string, place: string, topics?: string[], familyName?: string) => {
		const person = factory.create({ areaCode, place, topics, familyName });
		people.push(person);
		return person;
	};

	for (const [index, kreis] of DEMO_KREISE.entries()) {
		const factionKey = `faction:${kreis.ags}`;
		const faction = { organization: factionKey };
		const council = { council: kreis.ags };
		const place = kreis.council.replace(/^(Kreistag|Bürgerschaft|Stadtvertretung) /, '');
		organizations.push({
			key: factionKey,
			type: 'faction',
			councilAgs: kreis.ags,
			name: kreis.faction.name,
			partners: kreis.faction.partners
		});
		for (const [key, name] of DEMO_COMMITTEES)
			organizations.push({
				key: `committee:${kreis.ags}:${key}`,
				type: 'committee',
				councilAgs: kreis.ags,
				name,
				partners: null
			});

		// Council seats; Greta holds one of the Vorpommern-Greifswald seats and chairs that faction.
		const hasGreta = kreis.ags === '13075';
		const seatHolders = hasGreta ? [people.find((p) => p.key === 'greta')!] : [];
		while (seatHolders.length < kreis.seats) {
			// A Schmidt in Schwerin, whom the directory's fuzzy search finds as "Schmitt".
			const familyName = kreis.ags === '13004' && seatHolders.length === 0 ? 'Schmidt' : undefined;
			const person = create(kreis.areaCode, place, undefined, familyName);
			if (kreis.faction.partners && seatHolders.length === 2) person.party = kreis.faction.partners;
			const role = seatHolders.length === 1 && index % 3 === 1 ? 'vice_chair' : 'member';
			add(person, council, role, { onBehalfOf: factionKey });
			add(person, faction, seatHolders.length === 0 ? 'faction_chair' : 'member');
			seatHolders.push(person);
		}
		// A successor who moved up in 2025 for someone who resigned.
		if (index % 3 === 0) {
			const resigned = create(kreis.areaCode, place);
			add(resigned, council, 'member', { onBehalfOf: factionKey, endDate: '2025-02-28' });
			add(resigned, faction, 'member', { endDate: '2025-02-28' });
			const successor = create(kreis.areaCode, place);
			add(successor, council, 'member', { onBehalfOf: factionKey, startDate: '2025-03-01' });
			add(successor, faction, 'member', { startDate: '2025-03-01' });
			seatHolders.push(successor);
		}
		for (const person of seatHolders.slice(1, 3))
			add(person, faction, 'spokesperson', { topic: person.topics[0]! });

		for (const [c, [key, , topicSlug]] of DEMO_COMMITTEES.entries()) {
			const committee = { organization: `committee:${kreis.ags}:${key}` };
			const seat = seatHolders[(c + 1) % seatHolders.length]!;
			add(seat, committee, c === 0 && index % 2 === 0 ? 'vice_chair' : 'member', {
				onBehalfOf: factionKey
			});
			if (c === 0)
				add(seatHolders[(c + 2) % seatHolders.length]!, committee, 'deputy_member', {
					onBehalfOf: factionKey
				});
			const experts = random.int(1, 2);
			for (let e = 0; e < experts; e++) {
				const expert = create(kreis.areaCode, place, [topicSlug]);
				add(expert, committee, 'expert_citizen', {
					onBehalfOf: factionKey,
					startDate: '2024-09-01'
				});
			}
		}
		if (index % 2 === 0)
			add(create(kreis.areaCode, place, ['digitalisierung']), faction, 'member');

		// The 2019–2024 term: some were not elected again, some were.
		const past = { startDate: PREVIOUS_TERM_START, endDate: PREVIOUS_TERM_END };
		for (let p = 0; p < 3; p++) {
			const person = create(kreis.areaCode, place);
			add(person, council, 'member', { onBehalfOf: factionKey, ...past });
			add(person, faction, 'member', past);
		}
		for (const person of seatHolders.slice(-2))
			add(person, council, 'member', { onBehalfOf: factionKey, ...past });

		let dualMandates = seatHolders.filter((person) => person.key !== 'greta');
		for (const [ags, name, seats, hasFaction] of DEMO_GEMEINDEN) {
			if (!ags.startsWith(kreis.ags)) continue;
			const gemeindeCouncil = { council: ags };
			const townFaction = hasFaction ? `faction:${ags}` : null;
			if (townFaction)
				organizations.push({
					key: townFaction,
					type: 'faction',
					councilAgs: ags,
					name: 'Fraktion DIE LINKE',
					partners: null
				});
			for (let s = 0; s < seats; s++) {
				// Kreistag members often sit in their town's council as well.
				const dual = s === 0 && dualMandates.length > 0 && random.chance(hasFaction ? 0.6 : 0.2);
				const person = dual ? dualMandates[0]! : create(kreis.areaCode, name);
				if (dual) dualMandates = dualMandates.slice(1);
				add(person, gemeindeCouncil, 'member', { onBehalfOf: townFaction });
				if (townFaction)
					add(person, { organization: townFaction }, s === 0 ? 'faction_chair' : 'member');
			}
			if (hasFaction) {
				const person = create(kreis.areaCode, name);
				add(person, gemeindeCouncil, 'member', { onBehalfOf: townFaction, ...past });
			}
		}

		// Members who work on topics without holding a mandate.
		for (let m = 0; m < 3; m++) create(kreis.areaCode, place);
	}
	return { organizations, people, memberships };
}

export const DEMO_DIRECTORY: DemoDirectory = buildDemoDirectory();

/** People holding (or having held) an elected council seat: their name and mandates are public. */
export function publicRecordKeys(directory: DemoDirectory): Set<string> {
	return new Set(
		directory.memberships
			.filter((m) => 'council' in m.organization && ELECTED_ROLES.includes(m.role))
			.map((m) => m.person)
	);
}

/**
 * What of the demo directory the public must never see: everything of people without an elected
 * seat, and every field the others have not made public.
 */
function privateValues(directory: DemoDirectory): string[] {
	const publicRecord = publicRecordKeys(directory);
	return directory.people.flatMap((person) => {
		const isPublic = publicRecord.has(person.key);
		const values: (string | null)[] = isPublic
			? [
					person.emailVisibility !== 'public' ? person.email : null,
					person.phoneVisibility !== 'public' ? person.phone : null,
					person.biographyVisibility !== 'public' ? person.biography : null
				]
			: [`${person.givenName} ${person.familyName}`, person.email, person.phone, person.biography];
		return values.filter((value): value is string => value !== null);
	});
}

export const DEMO_DIRECTORY_PRIVATE_VALUES: readonly string[] = privateValues(DEMO_DIRECTORY);
