import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { followState } from '$lib/server/oparl/follow/list-follows';
import { getCouncilBody, listCouncilOrganizations } from '$lib/server/oparl/read/get-council-body';
import { listCouncilMeetings } from '$lib/server/oparl/read/list-council-meetings';
import { councilPaperTypes, listCouncilPapers } from '$lib/server/oparl/read/list-council-papers';

function pageNumber(value: string | null): number {
	return Math.max(1, Number.parseInt(value ?? '1', 10) || 1);
}

/**
 * A followed body: its meetings as a calendar list (upcoming, or past with `zeit=vergangen`, by
 * Gremium with `gremium=`), its latest papers (by type with `art=`) and its Gremien. The two
 * lists page independently (`sitzungsseite`, `seite`); every filter is a plain GET link.
 */
export async function load(event) {
	requireAccess(event, 'public.read');
	const body = await getCouncilBody(event.params.bodyId);
	if (!body) error(404, 'Diesen Rat gibt es hier nicht.');
	const query = event.url.searchParams;
	const past = query.get('zeit') === 'vergangen';
	const [organizations, paperTypes, follow] = await Promise.all([
		listCouncilOrganizations(body.id),
		councilPaperTypes(body.id),
		followState(event.locals.user, body.id)
	]);
	// Only known values narrow the lists: a stale or forged filter shows the whole list.
	const gremium = organizations.find((organization) => organization.id === query.get('gremium'));
	const paperType = paperTypes.find((type) => type.value === query.get('art'))?.value ?? null;
	const [meetings, papers] = await Promise.all([
		listCouncilMeetings({
			bodyId: body.id,
			when: past ? 'past' : 'upcoming',
			organizationId: gremium?.id ?? null,
			page: pageNumber(query.get('sitzungsseite'))
		}),
		listCouncilPapers({ bodyId: body.id, paperType, page: pageNumber(query.get('seite')) })
	]);
	return {
		body,
		// The follow button: members follow; the public is offered to sign in first.
		follow,
		signInToFollow: event.locals.user
			? null
			: `/anmelden?weiter=${encodeURIComponent(event.url.pathname)}`,
		organizations,
		paperTypes,
		filters: { zeit: past ? 'vergangen' : '', gremium: gremium?.id ?? '', art: paperType ?? '' },
		meetings: {
			...meetings,
			pageCount: Math.max(1, Math.ceil(meetings.total / meetings.pageSize))
		},
		papers: { ...papers, pageCount: Math.max(1, Math.ceil(papers.total / papers.pageSize)) }
	};
}
