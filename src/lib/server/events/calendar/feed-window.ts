/**
 * How far back feeds reach: a subscribed calendar keeps what it once showed, so a year of past
 * events is plenty for new subscribers and keeps the feed small however long the network runs.
 */
export const FEED_PAST_DAYS = 365;

/** At most this many events per feed; past ones give way first. */
export const FEED_MAX_EVENTS = 1000;

export function feedWindowStart(now: Date): Date {
	return new Date(now.getTime() - FEED_PAST_DAYS * 24 * 60 * 60 * 1000);
}

/** Subscribers look again about every hour; changes reach them within that. */
export const FEED_REFRESH_SECONDS = 60 * 60;
