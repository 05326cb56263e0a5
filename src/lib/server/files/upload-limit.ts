import { env } from '../config/env';

/** The largest attachment accepted, in bytes (UPLOAD_MAX_MB, default 20 MB). */
export function maxUploadBytes(): number {
	return Math.floor(env().UPLOAD_MAX_MB * 1024 * 1024);
}
