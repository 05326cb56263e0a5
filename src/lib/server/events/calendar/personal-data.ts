import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { eventCalendarFeed } from '../schema';

export interface CalendarFeedData {
	/** When the current personal calendar address was made. */
	createdAt: Date;
}

/**
 * The personal calendar address for the data download: that it exists and since when. The
 * address itself is left out: it is a key (it opens the calendar as the person), and the person
 * sees it on /konto/kalender anyway.
 */
export async function exportCalendarFeed(userId: string): Promise<CalendarFeedData | null> {
	const [row] = await db
		.select({ createdAt: eventCalendarFeed.createdAt })
		.from(eventCalendarFeed)
		.where(eq(eventCalendarFeed.userId, userId));
	return row ?? null;
}
