import { absoluteUrl } from '../../auth/public-origin';
import { instanceConfig } from '../../instance/instance-config';
import { formatDateTime } from '../../../shared/format-date';
import type { NotificationReason } from '../schema';

export interface PostForMail {
	postId: string;
	body: string;
	authorName: string;
	createdAt: Date;
	threadId: string;
	threadTitle: string;
	isFirstPost: boolean;
	groupId: string;
	groupSlug: string;
	groupName: string;
}

export function postUrl(post: Pick<PostForMail, 'groupSlug' | 'threadId' | 'postId'>): string {
	return absoluteUrl(`/arbeitskreise/${post.groupSlug}/${post.threadId}#beitrag-${post.postId}`);
}

function signature(lines: string[]): string {
	return ['', '-- ', ...lines, '', instanceConfig().networkName].join('\n');
}

/** One post, mailed at once: subject and text say why this person gets it. */
export function immediateMail(
	post: PostForMail,
	reason: NotificationReason,
	unsubscribe: string
): { subject: string; text: string } {
	const where = `im Arbeitskreis „${post.groupName}“`;
	const subject =
		reason === 'mention'
			? `${post.authorName} hat Sie erwähnt: ${post.threadTitle}`
			: post.isFirstPost
				? `Neues Thema ${where}: ${post.threadTitle}`
				: `Neue Antwort: ${post.threadTitle}`;
	const intro =
		reason === 'mention'
			? `${post.authorName} hat Sie ${where} im Thema „${post.threadTitle}“ erwähnt:`
			: post.isFirstPost
				? `${post.authorName} hat ${where} ein neues Thema begonnen: „${post.threadTitle}“`
				: `${post.authorName} hat ${where} im Thema „${post.threadTitle}“ geantwortet:`;
	const why = {
		mention: `Sie erhalten diese Mail, weil Sie ${where} erwähnt wurden.`,
		subscription: `Sie erhalten diese Mail, weil Sie das Thema „${post.threadTitle}“ abonniert haben.`,
		group: `Sie erhalten diese Mail, weil Sie ${where} jeden Beitrag sofort erhalten möchten.`
	}[reason];
	const stop =
		reason === 'subscription'
			? `Keine Mails mehr zu diesem Thema: ${unsubscribe}`
			: `Keine Mails mehr aus diesem Arbeitskreis: ${unsubscribe}`;
	const text = [
		intro,
		'',
		post.body,
		'',
		`Zum Beitrag (dort können Sie antworten): ${postUrl(post)}`,
		signature([
			why,
			stop,
			`Einstellungen ändern: ${absoluteUrl(`/arbeitskreise/${post.groupSlug}#benachrichtigungen`)}`
		])
	].join('\n');
	return { subject, text };
}

const EXCERPT_LENGTH = 400;

function excerpt(body: string): string {
	const flat = body.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

export interface DigestGroup {
	groupName: string;
	groupSlug: string;
	unsubscribe: string;
	threads: { title: string; url: string; posts: PostForMail[] }[];
}

/** The daily digest: everything new, by group and thread, each post shortened. */
export function digestMail(
	groups: DigestGroup[],
	postCount: number
): { subject: string; text: string } {
	const subject = `Arbeitskreise: ${postCount === 1 ? 'ein neuer Beitrag' : `${postCount} neue Beiträge`}`;
	const sections = groups.map((group) =>
		[
			`== Arbeitskreis „${group.groupName}“ ==`,
			...group.threads.map((thread) =>
				[
					'',
					`Thema: ${thread.title}`,
					...thread.posts.map(
						(post) =>
							`- ${post.authorName}, ${formatDateTime(post.createdAt)}${post.isFirstPost ? ' (neues Thema)' : ''}:\n  ${excerpt(post.body)}`
					),
					`Weiterlesen: ${thread.url}`
				].join('\n')
			),
			'',
			`Keine Mails mehr aus „${group.groupName}“: ${group.unsubscribe}`
		].join('\n')
	);
	const text = [
		'Guten Morgen! Das ist neu in Ihren Arbeitskreisen seit der letzten Zusammenfassung:',
		'',
		sections.join('\n\n'),
		signature([
			'Sie erhalten diese Zusammenfassung, weil Sie für diese Arbeitskreise „Eine Zusammenfassung am Tag“ gewählt haben.',
			`Einstellungen ändern: ${absoluteUrl('/arbeitskreise')}`
		])
	].join('\n');
	return { subject, text };
}
