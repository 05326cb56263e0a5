import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { getCouncilMeeting } from '$lib/server/oparl/read/get-council-meeting';

/** A council meeting with its agenda: public record, for everyone, while its body is followed. */
export async function load(event) {
	requireAccess(event, 'public.read');
	const meeting = await getCouncilMeeting(event.params.meetingId);
	if (!meeting) error(404, 'Diese Sitzung gibt es hier nicht.');
	return { meeting };
}
