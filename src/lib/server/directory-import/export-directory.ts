import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { berlinToday } from '../../shared/berlin-time';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { membership, person, personTopic, topic } from '../directory/schema';
import { spreadsheetCsv } from '../files/spreadsheet-csv';
import { body, organization } from '../territory/schema';
import {
	COLUMNS,
	FACTION_MEMBER_LABEL,
	TOPIC_SEPARATOR,
	formatGermanDate,
	roleLabel,
	visibilityLabel,
	type Column
} from './csv-format';

export interface DirectoryExport {
	fileName: string;
	/** UTF-8 with BOM, `;`-separated, CRLF: what German spreadsheets open without asking. */
	content: string;
	rows: number;
}

/**
 * Every person and every mandate and function of the directory, for the board, in the import's
 * format: the file can be edited and imported again. One row per membership; people without one
 * get a row with their own data only. Contact data are exported whatever their visibility, which
 * is why only the board may export (admin.export), and each export is audit-logged.
 */
export async function exportDirectory(options: {
	user: SessionUser;
	ip?: string | null;
}): Promise<DirectoryExport> {
	assertCan(options.user, 'admin.export');
	const onBehalfOf = alias(organization, 'on_behalf_of');
	const parent = alias(organization, 'parent');
	const [people, memberships, topics] = await Promise.all([
		db.select().from(person).orderBy(asc(person.familyName), asc(person.givenName), asc(person.id)),
		db
			.select({
				personId: membership.personId,
				role: membership.role,
				startDate: membership.startDate,
				endDate: membership.endDate,
				organization: organization.name,
				organizationType: organization.organizationType,
				parent: parent.name,
				body: body.name,
				onBehalfOf: onBehalfOf.name,
				topic: topic.name
			})
			.from(membership)
			.innerJoin(organization, eq(organization.id, membership.organizationId))
			.innerJoin(body, eq(body.id, organization.bodyId))
			.leftJoin(parent, eq(parent.id, organization.parentId))
			.leftJoin(onBehalfOf, eq(onBehalfOf.id, membership.onBehalfOfId))
			.leftJoin(topic, eq(topic.id, membership.topicId))
			.orderBy(asc(body.name), asc(organization.name), asc(membership.startDate)),
		db
			.select({ personId: personTopic.personId, name: topic.name })
			.from(personTopic)
			.innerJoin(topic, eq(topic.id, personTopic.topicId))
			.orderBy(asc(topic.sortOrder))
	]);

	const topicsOf = new Map<string, string[]>();
	for (const t of topics) topicsOf.set(t.personId, [...(topicsOf.get(t.personId) ?? []), t.name]);
	const membershipsOf = new Map<string, typeof memberships>();
	for (const m of memberships)
		membershipsOf.set(m.personId, [...(membershipsOf.get(m.personId) ?? []), m]);

	const records: Record<Column, string>[] = [];
	for (const p of people) {
		const own = {
			Vorname: p.givenName,
			Nachname: p.familyName,
			'E-Mail': p.email ?? '',
			Telefon: p.phone ?? '',
			'E-Mail sichtbar': visibilityLabel(p.emailVisibility)
		};
		const personTopics = topicsOf.get(p.id) ?? [];
		const list = membershipsOf.get(p.id) ?? [];
		if (list.length === 0)
			records.push({
				...own,
				Gebietskörperschaft: '',
				Gremium: '',
				Fraktion: '',
				Funktion: '',
				Themen: personTopics.join(TOPIC_SEPARATOR),
				Beginn: '',
				Ende: ''
			});
		for (const m of list) {
			const inFaction = m.organizationType === 'faction';
			// A spokesperson's own topic comes first: the importer reads it from there.
			const rowTopics = m.topic
				? [m.topic, ...personTopics.filter((t) => t !== m.topic)]
				: personTopics;
			records.push({
				...own,
				Gebietskörperschaft: m.body,
				Gremium: inFaction ? (m.parent ?? '') : m.organization,
				Fraktion: inFaction ? m.organization : (m.onBehalfOf ?? ''),
				Funktion: inFaction && m.role === 'member' ? FACTION_MEMBER_LABEL : roleLabel(m.role),
				Themen: rowTopics.join(TOPIC_SEPARATOR),
				Beginn: formatGermanDate(m.startDate),
				Ende: formatGermanDate(m.endDate)
			});
		}
	}

	const content = spreadsheetCsv(COLUMNS, records);
	await recordAudit({
		actor: { id: options.user.id, email: options.user.email, name: options.user.name },
		action: 'directory.export',
		targetType: 'directory',
		targetLabel: 'Personen und Mandate',
		details: { rows: records.length, people: people.length },
		ip: options.ip ?? null
	});
	return {
		fileName: `personen-und-mandate-${berlinToday()}.csv`,
		content,
		rows: records.length
	};
}
