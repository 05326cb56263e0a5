import { eventFields, type EventFields, type EventInput } from '$lib/shared/event-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { indexEvent } from './index-event';
import { event } from './schema';

/** The stored columns of checked form fields, the same for create and edit. */
export function eventColumns(fields: EventFields) {
	return {
		title: fields.title,
		kind: fields.kind,
		organizer: fields.organizer,
		// A name only means something beside a district association (or a partner named there).
		organizerName: fields.organizer === 'district_association' ? fields.organizerName : null,
		summary: fields.summary,
		description: fields.description,
		startsAt: fields.startsAt,
		endsAt: fields.endsAt,
		location: fields.location,
		onlineUrl: fields.onlineUrl,
		visibility: fields.visibility,
		capacity: fields.capacity,
		registrationEnabled: fields.registrationEnabled,
		registrationClosesAt: fields.registrationClosesAt
	};
}

/** A new event or training (organizers only), audit-logged and put into the search. */
export async function createEvent(options: {
	actor: SessionUser | null;
	input: EventInput;
	ip?: string | null;
}): Promise<{ id: string; url: string }> {
	assertCan(options.actor, 'events.manage');
	const actor = options.actor;
	const fields = eventFields.parse(options.input);
	const [row] = await db
		.insert(event)
		.values({ ...eventColumns(fields), createdById: actor.id })
		.returning({ id: event.id });
	await recordAudit({
		actor,
		action: 'event.create',
		targetType: 'event',
		targetId: row!.id,
		targetLabel: fields.title,
		details: { kind: fields.kind, visibility: fields.visibility, capacity: fields.capacity },
		ip: options.ip
	});
	await indexEvent(row!.id);
	return { id: row!.id, url: `/veranstaltungen/${row!.id}` };
}
