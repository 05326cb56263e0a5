import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { resolveAuthSecret } from '../../auth/auth-secret';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { queueMail } from '../../mail/queue-mail';
import { discussionDigest, discussionNotification } from '../schema';
import { digestMail, postUrl, type DigestGroup, type PostForMail } from './mail-text';
import { loadPostsForMail } from './load-posts';
import { mayReceive } from './recipient';
import { unsubscribeUrl } from './unsubscribe-token';

/**
 * The daily digest job: every person with open digest rows gets one mail with all of them.
 * What counts as "new since the last digest" is exactly the rows not yet sent, so a day the job
 * did not run is simply part of the next digest.
 */
export async function sendDailyDigests(): Promise<{ people: number; mails: number }> {
	const people = await db
		.selectDistinct({ userId: discussionNotification.userId })
		.from(discussionNotification)
		.where(
			and(eq(discussionNotification.delivery, 'digest'), isNull(discussionNotification.sentAt))
		);
	const secret = await resolveAuthSecret();
	let mails = 0;
	for (const { userId } of people) {
		if (await sendDigest(userId, secret)) mails++;
	}
	return { people: people.length, mails };
}

/** One person's digest; true when a mail was queued. */
export async function sendDigest(userId: string, secret?: string): Promise<boolean> {
	const [recipient] = await db
		.select({
			id: user.id,
			email: user.email,
			name: user.name,
			role: user.role,
			emailVerified: user.emailVerified,
			deactivatedAt: user.deactivatedAt,
			accessExpiresAt: user.accessExpiresAt
		})
		.from(user)
		.where(eq(user.id, userId));
	const rows = await db
		.select({ id: discussionNotification.id, postId: discussionNotification.postId })
		.from(discussionNotification)
		.where(
			and(
				eq(discussionNotification.userId, userId),
				eq(discussionNotification.delivery, 'digest'),
				isNull(discussionNotification.sentAt)
			)
		)
		.orderBy(asc(discussionNotification.createdAt));
	if (rows.length === 0) return false;
	const posts =
		recipient && mayReceive(recipient)
			? await loadPostsForMail(rows.map((r) => r.postId))
			: new Map();
	const included = [...posts.values()].sort(
		(a, b) => a.createdAt.getTime() - b.createdAt.getTime()
	);
	let mailId: string | null = null;
	if (recipient && included.length > 0) {
		const mail = digestMail(
			await groupsOf(included, userId, secret ?? (await resolveAuthSecret())),
			included.length
		);
		const onlyGroup = new Set(included.map((post) => post.groupId)).size === 1;
		mailId = await queueMail({
			to: recipient.email,
			subject: mail.subject,
			text: mail.text,
			category: 'discussions.digest',
			headers: onlyGroup
				? {
						'List-Unsubscribe': `<${await unsubscribeUrl(userId, { kind: 'group', groupId: included[0]!.groupId }, secret)}>`
					}
				: undefined
		});
	}
	await db.transaction(async (tx) => {
		const [digest] = mailId
			? await tx
					.insert(discussionDigest)
					.values({ userId, postCount: included.length, mailId })
					.returning({ id: discussionDigest.id })
			: [];
		await tx
			.update(discussionNotification)
			.set({ sentAt: new Date(), mailId, digestId: digest?.id ?? null })
			.where(
				and(
					inArray(
						discussionNotification.id,
						rows.map((row) => row.id)
					),
					isNull(discussionNotification.sentAt)
				)
			);
	});
	return mailId !== null;
}

async function groupsOf(
	posts: PostForMail[],
	userId: string,
	secret: string
): Promise<DigestGroup[]> {
	const groups = new Map<string, DigestGroup>();
	for (const post of posts) {
		let group = groups.get(post.groupId);
		if (!group) {
			group = {
				groupName: post.groupName,
				groupSlug: post.groupSlug,
				unsubscribe: await unsubscribeUrl(userId, { kind: 'group', groupId: post.groupId }, secret),
				threads: []
			};
			groups.set(post.groupId, group);
		}
		let thread = group.threads.find((candidate) => candidate.url.includes(post.threadId));
		if (!thread) {
			thread = { title: post.threadTitle, url: postUrl(post), posts: [] };
			group.threads.push(thread);
		}
		thread.posts.push(post);
	}
	return [...groups.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, 'de'));
}
