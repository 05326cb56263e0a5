import { z } from 'zod';
import { FIELD_VISIBILITIES, MEMBERSHIP_ROLES } from './directory';
import { email, optionalDay, requiredText } from './validation';

/**
 * The forms of the directory's write side (own profile, person editor, memberships, new
 * organizations, topic list), with German messages. Empty optional fields become null so the
 * services store "nothing" the same way however the form was sent.
 */
const blankToNull = (value: unknown) =>
	value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;

const optionalText = (label: string, max: number) =>
	z.preprocess(
		blankToNull,
		z
			.string()
			.trim()
			.max(max, `${label} darf höchstens ${max} Zeichen lang sein.`)
			.nullable()
			.default(null)
	);

const visibility = z.enum(FIELD_VISIBILITIES, {
	error: 'Bitte auswählen, wer das sehen darf.'
});

const optionalEmail = z.preprocess(blankToNull, email.nullable().default(null));

/** German phone numbers as people write them: digits, spaces, +, /, -, brackets. */
const optionalPhone = z.preprocess(
	blankToNull,
	z
		.string()
		.trim()
		.max(40, 'Die Telefonnummer ist zu lang.')
		.regex(
			/^\+?[0-9][0-9 ()/-]{3,}$/,
			'Bitte eine Telefonnummer aus Ziffern angeben, z. B. 0381 5550101.'
		)
		.nullable()
		.default(null)
);

const uuid = (message: string) => z.uuid({ error: message });

/** Checkboxes named `topicIds` arrive as nothing, one string or a list. */
const topicIds = z.preprocess(
	(value) =>
		(value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((id) => id !== ''),
	z.array(uuid('Dieses Thema gibt es nicht.')).max(30, 'Bitte höchstens 30 Themen wählen.')
);

/** A calendar day from `<input type="date">`, or null. */
const day = optionalDay('2024-06-09');

/** What a person (or whoever maintains them) may change of their own entry. */
export const profileFields = {
	givenName: requiredText('einen Vornamen', 100),
	familyName: requiredText('einen Nachnamen', 100),
	email: optionalEmail,
	emailVisibility: visibility,
	phone: optionalPhone,
	phoneVisibility: visibility,
	biography: optionalText('Der Text über die Person', 4000),
	biographyVisibility: visibility,
	topicIds,
	topicsVisibility: visibility
};

export const ownProfileForm = z.object(profileFields);

/** Managers also keep the party (empty: the instance's own party). */
export const personForm = z.object({
	...profileFields,
	party: optionalText('Die Partei', 100)
});

const membershipRole = z.enum(MEMBERSHIP_ROLES, { error: 'Bitte eine Funktion auswählen.' });

const membershipShape = {
	role: membershipRole,
	onBehalfOfId: z.preprocess(blankToNull, uuid('Bitte eine Fraktion auswählen.').nullable()),
	topicId: z.preprocess(blankToNull, uuid('Bitte ein Thema auswählen.').nullable()),
	startDate: day,
	endDate: day
};

type MembershipDates = { startDate: string | null; endDate: string | null };
type MembershipTopic = { role: string; topicId: string | null };

const datesInOrder = (data: MembershipDates) =>
	!data.startDate || !data.endDate || data.startDate <= data.endDate;
const datesIssue = { path: ['endDate'], message: 'Das Ende darf nicht vor dem Beginn liegen.' };
const spokespersonHasTopic = (data: MembershipTopic) =>
	data.role !== 'spokesperson' || data.topicId !== null;
const topicIssue = { path: ['topicId'], message: 'Für Sprecher*innen bitte das Thema angeben.' };

/** Optional: dates left empty are taken from this Wahlperiode of the body. */
const termChoice = z.preprocess(
	blankToNull,
	uuid('Diese Wahlperiode gibt es nicht.').nullable().default(null)
);

export const addMembershipForm = z
	.object({
		organizationId: uuid('Bitte ein Gremium auswählen.'),
		termId: termChoice,
		...membershipShape
	})
	.refine(datesInOrder, datesIssue)
	.refine(spokespersonHasTopic, topicIssue);

export const editMembershipForm = z
	.object({ membershipId: uuid('Dieses Mandat gibt es nicht.'), ...membershipShape })
	.refine(datesInOrder, datesIssue)
	.refine(spokespersonHasTopic, topicIssue);

export const endMembershipForm = z.object({
	membershipId: uuid('Dieses Mandat gibt es nicht.'),
	endDate: z.preprocess(
		blankToNull,
		z.string({ error: 'Bitte angeben, an welchem Tag es endet.' }).regex(/^\d{4}-\d{2}-\d{2}$/, {
			error: 'Bitte ein Datum angeben, z. B. 2024-06-09.'
		})
	)
});

/** A new person, optionally with a first mandate (faction admins must give one). */
export const newPersonForm = z
	.object({
		givenName: profileFields.givenName,
		familyName: profileFields.familyName,
		party: optionalText('Die Partei', 100),
		email: optionalEmail,
		emailVisibility: visibility,
		phone: optionalPhone,
		phoneVisibility: visibility,
		organizationId: z.preprocess(blankToNull, uuid('Bitte ein Gremium auswählen.').nullable()),
		termId: termChoice,
		...membershipShape
	})
	.refine(datesInOrder, datesIssue)
	.refine(spokespersonHasTopic, topicIssue);

export const ORGANIZATION_KINDS = ['faction', 'committee', 'district_council'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
	faction: 'Fraktion',
	committee: 'Ausschuss',
	district_council: 'Ortsteilvertretung'
};

export const newOrganizationForm = z.object({
	parentId: uuid('Bitte die Vertretung auswählen, zu der es gehört.'),
	kind: z.enum(ORGANIZATION_KINDS, { error: 'Bitte die Art auswählen.' }),
	name: requiredText('einen Namen', 200),
	shortName: optionalText('Die Kurzbezeichnung', 60),
	partners: optionalText('Die Partnerparteien', 200),
	startDate: day
});

export const topicNameForm = z.object({
	name: requiredText('einen Namen für das Thema', 80),
	description: optionalText('Die Beschreibung', 300)
});

export const topicRenameForm = topicNameForm.extend({
	topicId: uuid('Dieses Thema gibt es nicht.')
});

export const topicIdForm = z.object({ topicId: uuid('Dieses Thema gibt es nicht.') });

export const topicMoveForm = topicIdForm.extend({
	direction: z.enum(['up', 'down'], { error: 'Bitte nach oben oder unten wählen.' })
});

/** An organization as choosers list it: its name, and its kind where the name does not say it. */
export function organizationLabel(organization: {
	name: string;
	classification: string | null;
}): string {
	const { name, classification } = organization;
	return classification && !name.toLowerCase().includes(classification.toLowerCase())
		? `${name} (${classification})`
		: name;
}
