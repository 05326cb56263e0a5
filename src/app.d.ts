// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/server/auth/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown to people so support can find the log line; never a stack trace. */
			errorId?: string;
		}
		interface Locals {
			user: SessionUser | null;
			sessionId: string | null;
			requestId: string;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
