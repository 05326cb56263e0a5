import { eq, sql } from 'drizzle-orm';
import type { FieldVisibility } from '../../shared/directory';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { auditPersonChange } from './audit-person-change';
import { DirectoryError } from './directory-error';
import { assertManagesPerson } from './person-access';
import { replacePersonTopics } from './person-topics';
import { person } from './schema';

export interface PersonFields {
	givenName: string;
	familyName: string;
	email: string | null;
	emailVisibility: FieldVisibility;
	phone: string | null;
	phoneVisibility: FieldVisibility;
	biography: string | null;
	biographyVisibility: FieldVisibility;
	topicsVisibility: FieldVisibility;
	topicIds: readonly string[];
	/** Only managers change the party; undefined leaves it as it is. */
	party?: string | null;
}

const COLUMNS = [
	'givenName',
	'familyName',
	'party',
	'email',
	'emailVisibility',
	'phone',
	'phoneVisibility',
	'biography',
	'biographyVisibility',
	'topicsVisibility'
] as const;

/**
 * Saves a person's profile fields, the visibility of each, and their topics. The person does
 * this for themselves; faction admins and the board for the people they maintain (logged).
 * Returns the names of the fields that changed (`topics` for the topic list).
 */
export async function updatePerson(options: {
	actor: SessionUser | null;
	personId: string;
	fields: PersonFields;
	ip?: string | null;
}): Promise<{ changed: string[] }> {
	const { editor, scope } = await assertManagesPerson(options.actor, options.personId);
	const { topicIds, ...rest } = options.fields;
	const values = { ...rest };
	// A person keeps their own party only through those who maintain the directory.
	if (scope === 'self') delete values.party;

	const result = await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(person)
			.where(eq(person.id, options.personId))
			.for('update');
		if (!before) throw new DirectoryError('person_not_found');
		const changed: string[] = COLUMNS.filter((column) => {
			const value = values[column as keyof typeof values];
			return value !== undefined && value !== before[column];
		});
		if (changed.length > 0) {
			await tx
				.update(person)
				.set({ ...values, modifiedAt: sql`now()` })
				.where(eq(person.id, options.personId));
		}
		if (await replacePersonTopics(tx, options.personId, topicIds)) changed.push('topics');
		return { changed, name: `${values.givenName} ${values.familyName}` };
	});

	if (result.changed.length > 0) {
		await auditPersonChange({
			editor,
			personId: options.personId,
			personName: result.name,
			action: 'person.update',
			details: { fields: result.changed },
			ip: options.ip
		});
	}
	return { changed: result.changed };
}
