import { parseBerlinDateTime } from '$lib/shared/berlin-date-time';
import { berlinDay } from '$lib/shared/berlin-time';
import { db } from '../db';
import { indexEvents } from '../events/index-event';
import { event, eventMaterial, eventRegistration } from '../events/schema';
import { DEMO_EVENTS } from './data/events';
import type { DemoSeed } from './types';

function dayFromNow(days: number, now: Date): string {
	// Noon keeps the arithmetic clear of the night a clock change happens in.
	const noon = new Date(`${berlinDay(now)}T12:00:00Z`);
	noon.setUTCDate(noon.getUTCDate() + days);
	return noon.toISOString().slice(0, 10);
}

/**
 * Events, their registrations (in order: beyond the capacity they wait) and materials; idempotent
 * by fixed ids. Direct inserts instead of the services: seeding sends no mails.
 */
export const seedEvents: DemoSeed = {
	name: 'Veranstaltungen',
	async seed(ctx) {
		const now = new Date();
		const board = ctx.accounts.get('vorstand');
		for (const demo of DEMO_EVENTS) {
			const day = dayFromNow(demo.day, now);
			await db
				.insert(event)
				.values({
					id: demo.id,
					title: demo.title,
					kind: demo.kind,
					organizer: demo.organizer,
					organizerName: demo.organizerName ?? null,
					summary: demo.summary,
					description: demo.description,
					startsAt: parseBerlinDateTime(`${day}T${demo.from}`)!,
					endsAt: parseBerlinDateTime(`${day}T${demo.until}`)!,
					location: demo.location,
					onlineUrl: demo.onlineUrl ?? null,
					visibility: demo.visibility,
					capacity: demo.capacity,
					registrationEnabled: demo.registrationEnabled ?? true,
					status: demo.cancelled ? 'cancelled' : 'scheduled',
					createdById: board?.id ?? null
				})
				.onConflictDoNothing();
			for (const [index, registration] of (demo.registrations ?? []).entries()) {
				const account = ctx.accounts.get(registration.key);
				if (!account) continue;
				const seated = demo.capacity === null || index < demo.capacity;
				await db
					.insert(eventRegistration)
					.values({
						eventId: demo.id,
						userId: account.id,
						status: seated ? 'registered' : 'waitlisted',
						queuedAt: new Date(now.getTime() - (100 - index) * 60_000),
						note: registration.note ?? ''
					})
					.onConflictDoNothing();
			}
			for (const material of demo.materials ?? []) {
				await db
					.insert(eventMaterial)
					.values({
						id: material.id,
						eventId: demo.id,
						title: material.title,
						url: material.url,
						public: material.public,
						addedById: board?.id ?? null
					})
					.onConflictDoNothing();
			}
		}
		await indexEvents(DEMO_EVENTS.map((demo) => demo.id));
	}
};
