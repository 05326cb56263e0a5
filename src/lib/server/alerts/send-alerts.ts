import { and, eq, inArray, min, sql } from 'drizzle-orm';
import { searchPageHref } from '$lib/shared/saved-searches';
import { resolveAuthSecret } from '../auth/auth-secret';
import { absoluteUrl } from '../auth/public-origin';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { searchDocument } from '../search/schema';
import type { DocumentHit } from '../search/documents/search-documents';
import { digestAlertMail, immediateAlertMail, type AlertSection } from './alert-mail-text';
import { loadAlertOwner, type AlertOwner } from './owner';
import { savedSearchResults } from './saved-search-results';
import { savedSearch, savedSearchHit, type SavedSearch } from './schema';
import { alertUnsubscribeUrl } from './unsubscribe-token';

/**
 * A document indexed in a transaction that commits after a run has read carries a modification
 * time before that run's mark. Each run therefore looks this far back past the last mark; the
 * hit rows keep the overlap from mailing anything twice.
 */
const OVERLAP_MS = 10 * 60_000;
/** New results taken per saved search and run; more are counted in the mail, not listed. */
const RESULTS_PER_RUN = 100;
/** Results listed per saved search in one mail. */
const LISTED_PER_MAIL = 20;

interface Collected {
	search: SavedSearch;
	items: DocumentHit[];
	more: number;
	/** Mark to store once mailed: documents up to here were looked at. */
	checkedUntil: Date;
}

function windowStart(search: SavedSearch): Date {
	const lookBack = search.checkedUntil.getTime() - OVERLAP_MS;
	return new Date(Math.max(search.baselineAt.getTime(), lookBack));
}

/**
 * The results of one saved search that are new to its owner, claimed for this run: each is
 * written to `saved_search_hit` before any mail, and only rows this run inserted are mailed, so
 * two overlapping runs (or the same document indexed twice) never mail a document twice. The
 * price is at the other end: a crash between claim and mail loses those results for the mail
 * (they remain in the feed and on the search page).
 */
async function collectNewResults(search: SavedSearch, owner: AlertOwner): Promise<Collected> {
	const checkedUntil = new Date();
	const found = await savedSearchResults({
		viewer: owner.viewer,
		search,
		since: windowStart(search),
		limit: RESULTS_PER_RUN
	});
	let claimed: DocumentHit[] = [];
	if (found.items.length > 0) {
		const rows = await db
			.insert(savedSearchHit)
			.values(
				found.items.map((item) => ({
					savedSearchId: search.id,
					documentType: item.type,
					sourceId: item.id
				}))
			)
			.onConflictDoNothing()
			.returning({ type: savedSearchHit.documentType, id: savedSearchHit.sourceId });
		const won = new Set(rows.map((row) => `${row.type}:${row.id}`));
		claimed = found.items.filter((item) => won.has(`${item.type}:${item.id}`));
	}
	// Beyond the results taken this run, the count says how many more matched in the window
	// (some of those may have been mailed before; the figure is "about", the link has them all).
	const beyond = Math.max(0, found.total - found.items.length);
	return {
		search,
		items: claimed.slice(0, LISTED_PER_MAIL),
		more: Math.max(0, claimed.length - LISTED_PER_MAIL) + beyond,
		checkedUntil
	};
}

async function section(collected: Collected, secret: string): Promise<AlertSection> {
	const { search } = collected;
	return {
		name: search.name,
		searchUrl: absoluteUrl(searchPageHref(search.query, search.filters)),
		unsubscribeUrl: await alertUnsubscribeUrl(search.userId, search.id, secret),
		items: collected.items,
		more: collected.more
	};
}

async function markDone(collected: Collected[], mailId: string | null): Promise<void> {
	for (const { search, checkedUntil, items } of collected) {
		await db
			.update(savedSearch)
			.set({ checkedUntil, ...(mailId && items.length > 0 ? { lastMailedAt: new Date() } : {}) })
			.where(eq(savedSearch.id, search.id));
		if (mailId && items.length > 0) {
			await db
				.update(savedSearchHit)
				.set({ mailId })
				.where(
					and(
						eq(savedSearchHit.savedSearchId, search.id),
						inArray(
							savedSearchHit.sourceId,
							items.map((item) => item.id)
						)
					)
				);
		}
	}
}

/** Searches whose owner may no longer receive alerts only move their mark on. */
async function skip(search: SavedSearch): Promise<void> {
	await db
		.update(savedSearch)
		.set({ checkedUntil: new Date() })
		.where(eq(savedSearch.id, search.id));
}

/**
 * Nothing was indexed since the oldest window of these searches: the common case of the
 * minutely run, answered by one index lookup instead of one search per saved search.
 */
async function anythingNewFor(frequency: SavedSearch['frequency']): Promise<boolean> {
	const oldestWindow = db
		.select({
			from: min(
				sql`greatest(${savedSearch.baselineAt}, ${savedSearch.checkedUntil} - make_interval(secs => ${OVERLAP_MS / 1000}))`
			)
		})
		.from(savedSearch)
		.where(eq(savedSearch.frequency, frequency));
	const [row] = await db
		.select({ one: sql`1` })
		.from(searchDocument)
		.where(sql`${searchDocument.modifiedAt} > (${oldestWindow})`)
		.limit(1);
	return row !== undefined;
}

/** The immediate alerts (job `alerts.immediate`): one mail per saved search with new results. */
export async function sendImmediateAlerts(): Promise<{ searches: number; mails: number }> {
	if (!(await anythingNewFor('immediate'))) return { searches: 0, mails: 0 };
	const searches = await db
		.select()
		.from(savedSearch)
		.where(eq(savedSearch.frequency, 'immediate'));
	const secret = await resolveAuthSecret();
	const owners = new Map<string, AlertOwner | null>();
	let mails = 0;
	for (const search of searches) {
		if (!owners.has(search.userId)) owners.set(search.userId, await loadAlertOwner(search.userId));
		const owner = owners.get(search.userId)!;
		if (!owner) {
			await skip(search);
			continue;
		}
		const collected = await collectNewResults(search, owner);
		let mailId: string | null = null;
		if (collected.items.length > 0) {
			const part = await section(collected, secret);
			const mail = immediateAlertMail(part);
			mailId = await queueMail({
				to: owner.user.email,
				subject: mail.subject,
				text: mail.text,
				category: 'alerts.immediate',
				headers: { 'List-Unsubscribe': `<${part.unsubscribeUrl}>` }
			});
			mails++;
		}
		await markDone([collected], mailId);
	}
	return { searches: searches.length, mails };
}

/**
 * The daily or weekly digest (jobs `alerts.daily`, `alerts.weekly`): per person one mail with
 * every saved search of that rhythm that has new results. A run that did not happen is simply
 * part of the next one: "new" is whatever was not mailed yet.
 */
export async function sendAlertDigests(
	frequency: 'daily' | 'weekly'
): Promise<{ people: number; mails: number }> {
	const searches = await db
		.select()
		.from(savedSearch)
		.where(eq(savedSearch.frequency, frequency))
		.orderBy(savedSearch.userId, savedSearch.name);
	const byOwner = new Map<string, SavedSearch[]>();
	for (const search of searches) {
		const list = byOwner.get(search.userId);
		if (list) list.push(search);
		else byOwner.set(search.userId, [search]);
	}
	const secret = await resolveAuthSecret();
	let mails = 0;
	for (const [userId, own] of byOwner) {
		const owner = await loadAlertOwner(userId);
		if (!owner) {
			for (const search of own) await skip(search);
			continue;
		}
		const collected: Collected[] = [];
		for (const search of own) collected.push(await collectNewResults(search, owner));
		const withNews = collected.filter((entry) => entry.items.length > 0);
		let mailId: string | null = null;
		if (withNews.length > 0) {
			const sections = await Promise.all(withNews.map((entry) => section(entry, secret)));
			const mail = digestAlertMail(frequency, sections);
			mailId = await queueMail({
				to: owner.user.email,
				subject: mail.subject,
				text: mail.text,
				category: `alerts.${frequency}`,
				headers:
					sections.length === 1
						? { 'List-Unsubscribe': `<${sections[0]!.unsubscribeUrl}>` }
						: undefined
			});
			mails++;
		}
		await markDone(collected, mailId);
	}
	return { people: byOwner.size, mails };
}
