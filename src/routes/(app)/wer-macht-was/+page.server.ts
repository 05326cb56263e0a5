import { requireAccess } from '$lib/server/auth/policy';
import { findTopicPeople, listTopicChoices } from '$lib/server/insights/topic-people';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const slug = event.url.searchParams.get('thema')?.trim() || null;
	const [topics, result] = await Promise.all([
		listTopicChoices(),
		slug ? findTopicPeople({ actor: user, topicSlug: slug }) : null
	]);
	return { topics, selected: slug, result, unknownTopic: slug !== null && result === null };
}
