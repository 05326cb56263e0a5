import { domainFailure, notFoundAsPage } from '../forms/domain-failure';
import { DiscussionError, DiscussionNotFoundError } from './errors';

/** Discussion errors at the form edge (see `domainFailure`). */
export const discussionFailure = domainFailure(DiscussionError, DiscussionNotFoundError);

/** For loads: unknown groups and threads are 404 pages. */
export const orNotFound = notFoundAsPage(DiscussionNotFoundError);
