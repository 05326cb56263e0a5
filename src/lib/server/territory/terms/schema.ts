import { date, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { membership } from '../../directory/schema';
import { legislativeTerm, organization } from '../schema';

/**
 * Mandates a new Wahlperiode ended (the day before it began), with the end they had before.
 * Moving the term's start moves these ends along; deleting the term gives them back their old
 * end — without touching mandates someone ended by hand.
 */
export const termEndedMembership = pgTable(
	'term_ended_membership',
	{
		membershipId: uuid()
			.primaryKey()
			.references(() => membership.id, { onDelete: 'cascade' }),
		termId: uuid()
			.notNull()
			.references(() => legislativeTerm.id, { onDelete: 'cascade' }),
		previousEndDate: date()
	},
	(table) => [index().on(table.termId)]
);

/**
 * Factions and committees of a council that a new Wahlperiode ended (the day before it began),
 * because every seat in them was one the term ended: the same record as for the mandates, so
 * moving or deleting the term moves or undoes their end too.
 */
export const termEndedOrganization = pgTable(
	'term_ended_organization',
	{
		organizationId: uuid()
			.primaryKey()
			.references(() => organization.id, { onDelete: 'cascade' }),
		termId: uuid()
			.notNull()
			.references(() => legislativeTerm.id, { onDelete: 'cascade' }),
		previousEndDate: date()
	},
	(table) => [index().on(table.termId)]
);
