import { DEMO_ACCOUNT_PRIVATE_VALUES } from './data/accounts';
import { DEMO_CONTENT_PRIVATE_VALUES } from './data/news';
import { DEMO_DIRECTORY_PRIVATE_VALUES } from './data/directory';
import { DEMO_EVENT_PRIVATE_VALUES } from './data/events';
import { DEMO_JOIN_PRIVATE_VALUES } from './data/join';
import { DEMO_LANDTAG_PRIVATE_VALUES } from './data/landtag';
import { DEMO_MOTION_PRIVATE_VALUES } from './data/motions';
import { DEMO_NEWSLETTER_PRIVATE_VALUES } from './data/newsletters';

/**
 * Everything the demo stores that the public must never see (e-mail addresses, phone numbers,
 * addresses, notes, names of people without a published mandate). The anonymous privacy crawl
 * (tests/e2e/privacy) asserts that no public page contains any of these strings.
 *
 * This module and data/ import nothing but data, so Playwright specs can import it directly.
 * Each feature's demo data adds its private values here.
 */
export const DEMO_PRIVATE_VALUES: readonly string[] = [
	...DEMO_ACCOUNT_PRIVATE_VALUES,
	...DEMO_CONTENT_PRIVATE_VALUES,
	...DEMO_DIRECTORY_PRIVATE_VALUES,
	...DEMO_EVENT_PRIVATE_VALUES,
	...DEMO_MOTION_PRIVATE_VALUES,
	...DEMO_LANDTAG_PRIVATE_VALUES,
	...DEMO_JOIN_PRIVATE_VALUES,
	...DEMO_NEWSLETTER_PRIVATE_VALUES
];
