import { domainFailure } from '../../forms/domain-failure';
import { MotionCommentError, MotionCommentNotFoundError } from './errors';

/** Comment errors at the motion page's form edge (see `domainFailure`). */
export const motionCommentFailure = domainFailure(MotionCommentError, MotionCommentNotFoundError);
