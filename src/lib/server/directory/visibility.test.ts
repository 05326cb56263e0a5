import { describe, expect, it } from 'vitest';
import {
	ANONYMOUS_VIEWER,
	audienceFor,
	isPublicRecord,
	seesPerson,
	shows,
	showsMembership,
	visibleFields,
	type DirectoryViewer
} from './visibility';

const viewer = (over: Partial<DirectoryViewer>): DirectoryViewer => ({
	...ANONYMOUS_VIEWER,
	...over
});
const greta = { personId: 'greta', currentFactionIds: ['faction-vg'] };
const councilSeat = { role: 'member', organizationType: 'council' } as const;
const expertSeat = { role: 'expert_citizen', organizationType: 'committee' } as const;
const fields = {
	emailVisibility: 'members',
	phoneVisibility: 'board',
	biographyVisibility: 'public',
	topicsVisibility: 'members'
} as const;

describe('directory visibility', () => {
	it('orders the visibilities public < members < board', () => {
		expect(shows('public', 'public')).toBe(true);
		expect(shows('public', 'members')).toBe(false);
		expect(shows('members', 'members')).toBe(true);
		expect(shows('members', 'board')).toBe(false);
		expect(shows('board', 'board')).toBe(true);
	});

	it('gives each role its audience', () => {
		expect(audienceFor(ANONYMOUS_VIEWER, greta)).toBe('public');
		expect(audienceFor(viewer({ role: 'interested', userId: 'u' }), greta)).toBe('public');
		expect(audienceFor(viewer({ role: 'guest', userId: 'u' }), greta)).toBe('public');
		expect(audienceFor(viewer({ role: 'member', userId: 'u' }), greta)).toBe('members');
		expect(audienceFor(viewer({ role: 'board', userId: 'u' }), greta)).toBe('board');
	});

	it('lets faction admins see all fields of their own factions only', () => {
		const admin = viewer({
			role: 'faction_admin',
			userId: 'u',
			managedFactionIds: new Set(['faction-vg'])
		});
		expect(audienceFor(admin, greta)).toBe('board');
		expect(audienceFor(admin, { personId: 'x', currentFactionIds: ['faction-lup'] })).toBe(
			'members'
		);
	});

	it('shows people all of their own fields', () => {
		const self = viewer({ role: 'member', userId: 'u', personId: 'greta' });
		expect(audienceFor(self, greta)).toBe('board');
		const interested = viewer({ role: 'interested', userId: 'u', personId: 'greta' });
		expect(audienceFor(interested, greta)).toBe('board');
	});

	it('picks the fields per audience from the stored visibilities', () => {
		expect(visibleFields('public', fields)).toEqual({
			email: false,
			phone: false,
			biography: true,
			topics: false
		});
		expect(visibleFields('members', fields)).toEqual({
			email: true,
			phone: false,
			biography: true,
			topics: true
		});
		expect(Object.values(visibleFields('board', fields)).every(Boolean)).toBe(true);
	});

	it('makes only elected council seats public record', () => {
		expect(isPublicRecord([councilSeat])).toBe(true);
		expect(isPublicRecord([{ role: 'chair', organizationType: 'council' }])).toBe(true);
		expect(isPublicRecord([expertSeat])).toBe(false);
		expect(isPublicRecord([{ role: 'member', organizationType: 'faction' }])).toBe(false);
		expect(isPublicRecord([{ role: 'deputy_member', organizationType: 'council' }])).toBe(false);
		expect(isPublicRecord([])).toBe(false);
	});

	it('hides people without an elected seat from the public', () => {
		expect(seesPerson('public', [councilSeat])).toBe(true);
		expect(seesPerson('public', [expertSeat])).toBe(false);
		expect(seesPerson('members', [expertSeat])).toBe(true);
		expect(seesPerson('members', [])).toBe(true);
	});

	it('keeps seats as sachkundige Einwohner*in out of the public record', () => {
		expect(showsMembership('public', expertSeat)).toBe(false);
		expect(showsMembership('public', councilSeat)).toBe(true);
		expect(showsMembership('members', expertSeat)).toBe(true);
	});
});
