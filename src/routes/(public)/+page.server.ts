import { requireAccess } from '$lib/server/auth/policy';
import { listPublishedNews } from '$lib/server/content/news/list-news';
import { nextEvents } from '$lib/server/events/next-events';
import { getStartTexts } from '$lib/server/content/start/start-texts';
import { instanceConfig } from '$lib/server/instance/instance-config';
import { listCouncils } from '$lib/server/territory/list-councils';

export async function load(event) {
	requireAccess(event, 'public.read');
	const config = instanceConfig();
	const [councils, texts, news, events] = await Promise.all([
		listCouncils(),
		getStartTexts(),
		listPublishedNews({ pageSize: 3 }),
		nextEvents(event.locals.user, 3)
	]);
	return {
		networkName: config.networkName,
		stateName: config.stateName,
		description: texts.about,
		goals: texts.goals,
		latestNews: news.items,
		nextEvents: events,
		partners: config.partners,
		landtag: councils.find((council) => council.unitKind === 'land') ?? null,
		localCouncils: councils.filter((council) => council.unitKind !== 'land'),
		signedIn: event.locals.user !== null
	};
}
