/**
 * The seats the public figures must show, worked out independently from the demo directory's
 * data (not through the app's queries): elected council seats of the instance's party, per
 * Landkreis or kreisfreie Stadt, today and on the last day of the 2019–2024 term.
 */
import { ELECTED_ROLES } from '../../../src/lib/shared/directory';
import { DEMO_DIRECTORY } from '../../../src/lib/server/demo/data/directory';

export interface DistrictSeats {
	now: number;
	previous: number;
}

function heldOn(membership: { startDate: string | null; endDate: string | null }, day: string) {
	return (
		(membership.startDate === null || membership.startDate <= day) &&
		(membership.endDate === null || membership.endDate >= day)
	);
}

export function demoSeatsByDistrict(today: string): Map<string, DistrictSeats> {
	const party = new Map(DEMO_DIRECTORY.people.map((person) => [person.key, person.party]));
	const seats = new Map<string, DistrictSeats>();
	for (const membership of DEMO_DIRECTORY.memberships) {
		if (!('council' in membership.organization)) continue;
		if (!ELECTED_ROLES.includes(membership.role)) continue;
		const personParty = party.get(membership.person);
		if (personParty && personParty.toLowerCase() !== 'die linke') continue;
		const ags = membership.organization.council;
		if (ags.length < 5) continue; // the Landtag belongs to no district
		const district = ags.slice(0, 5);
		const entry = seats.get(district) ?? { now: 0, previous: 0 };
		if (heldOn(membership, today)) entry.now++;
		if (heldOn(membership, '2024-06-08')) entry.previous++;
		seats.set(district, entry);
	}
	return seats;
}
