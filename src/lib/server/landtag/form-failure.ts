import { domainFailure, notFoundAsPage } from '../forms/domain-failure';
import { LandtagError, LandtagNotFoundError } from './errors';

/** Landtag errors at the form edge (see `domainFailure`). */
export const landtagFailure = domainFailure(LandtagError, LandtagNotFoundError);

/** For loads: unknown or hidden initiatives and proposals are 404 pages. */
export const orNotFound = notFoundAsPage(LandtagNotFoundError);
