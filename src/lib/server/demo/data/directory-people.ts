import type { FieldVisibility } from '../../../shared/directory';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, JOBS, MALE_GIVEN_NAMES } from './directory-names';
import type { Random } from './directory-random';
import type { DemoPerson } from './directory-types';

/** Topic slugs of the default topic list (directory/default-topics.ts) the demo draws from. */
export const DEMO_TOPIC_SLUGS = [
	'haushalt',
	'schule',
	'kita',
	'jugend',
	'oepnv',
	'wohnen',
	'klima',
	'umwelt',
	'gesundheit',
	'soziales',
	'kultur',
	'sport',
	'feuerwehr',
	'digitalisierung',
	'wirtschaft',
	'landwirtschaft',
	'bauen',
	'migration',
	'gleichstellung',
	'senioren',
	'demokratie'
] as const;

const MOTIVES = [
	'Kam über die Elternvertretung in die Kommunalpolitik.',
	'Ist seit vielen Jahren im Ortsverband aktiv.',
	'Möchte, dass Entscheidungen im Ort nachvollziehbar bleiben.',
	'Engagiert sich außerdem im Sportverein.',
	'Setzt sich für bezahlbare Mieten und gute Nachbarschaft ein.',
	'Kümmert sich besonders um die Anliegen der Dörfer.',
	'Ist ehrenamtlich in der Freiwilligen Feuerwehr.',
	'Will mehr junge Menschen für die Gemeindearbeit gewinnen.'
];

function transliterate(value: string): string {
	return value
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replaceAll('é', 'e');
}

function visibility(random: Random, weights: [number, number, number]): FieldVisibility {
	const roll = random.next();
	if (roll < weights[0]) return 'public';
	return roll < weights[0] + weights[1] ? 'members' : 'board';
}

/**
 * Invents people with unique names, addresses and phone numbers. No full name is part of another
 * (e.g. "Anna Koch" in "Johanna Koch"): the privacy crawl looks for private names as substrings,
 * so such a pair would report a public name as a leaked private one.
 */
export class PersonFactory {
	private readonly names: string[] = [];
	private readonly emails = new Set<string>();
	private phoneCounter = 200;
	private counter = 0;

	constructor(
		private readonly random: Random,
		taken: readonly { givenName: string; familyName: string; email: string | null }[]
	) {
		for (const person of taken) {
			this.names.push(`${person.givenName} ${person.familyName}`.toLowerCase());
			if (person.email) this.emails.add(person.email);
		}
	}

	private clashes(fullName: string): boolean {
		const lower = fullName.toLowerCase();
		return this.names.some((name) => name.includes(lower) || lower.includes(name));
	}

	create(options: {
		areaCode: string;
		place: string;
		topics?: string[];
		familyName?: string;
	}): DemoPerson {
		const { random } = this;
		let female: boolean;
		let givenName: string;
		let familyName: string;
		do {
			female = random.chance(0.5);
			givenName = random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
			familyName = options.familyName ?? random.pick(FAMILY_NAMES);
		} while (this.clashes(`${givenName} ${familyName}`));
		this.names.push(`${givenName} ${familyName}`.toLowerCase());

		let email = `${transliterate(givenName)}.${transliterate(familyName)}@example.org`;
		for (let n = 2; this.emails.has(email); n++)
			email = `${transliterate(givenName)}.${transliterate(familyName)}${n}@example.org`;
		this.emails.add(email);

		const topics = [
			...new Set([
				...(options.topics ?? []),
				...random.sample(DEMO_TOPIC_SLUGS, random.int(1, 3))
			])
		].slice(0, 4);
		const fullName = `${givenName} ${familyName}`;
		const job = random.pick(JOBS)[female ? 0 : 1];
		// The name makes each biography unique, so a private one can be recognised in a page.
		const biography = random.chance(0.4)
			? `${fullName} arbeitet als ${job} und lebt in ${options.place}. ${random.pick(MOTIVES)}`
			: null;
		const hasPhone = random.chance(0.7);
		return {
			key: `p${++this.counter}`,
			account: null,
			givenName,
			familyName,
			party: null,
			email,
			emailVisibility: visibility(random, [0.3, 0.55, 0.15]),
			phone: hasPhone
				? `${options.areaCode} 555${String(this.phoneCounter++).padStart(4, '0')}`
				: null,
			phoneVisibility: visibility(random, [0.1, 0.4, 0.5]),
			biography,
			biographyVisibility: visibility(random, [0.5, 0.4, 0.1]),
			topicsVisibility: visibility(random, [0.6, 0.35, 0.05]),
			topics
		};
	}
}
