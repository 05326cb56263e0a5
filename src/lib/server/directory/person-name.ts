import { eq } from 'drizzle-orm';
import { db } from '../db';
import { DirectoryError } from './directory-error';
import { person } from './schema';

/** The person's full name, for audit entries and messages. */
export async function personName(personId: string): Promise<string> {
	const [row] = await db
		.select({ fullName: person.fullName })
		.from(person)
		.where(eq(person.id, personId))
		.limit(1);
	if (!row) throw new DirectoryError('person_not_found');
	return row.fullName;
}
