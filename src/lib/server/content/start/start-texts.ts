import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { instanceConfig } from '../../instance/instance-config';
import { appSetting } from '../../settings/schema';
import { requiredText } from '../../../shared/validation';

/**
 * The start page's "Wer wir sind" and "Unsere Ziele". The instance configuration supplies the
 * first texts; once the board saves its own, those are shown instead.
 */
const SETTING_KEY = 'site.start';

export interface StartTexts {
	about: string;
	goals: string[];
	/** True while the configuration's texts are shown. */
	isDefault: boolean;
	updatedAt: Date | null;
}

export const startTextsInput = z.object({
	about: requiredText('einen Text für „Wer wir sind“', 1000),
	goals: z
		.string({ error: 'Bitte mindestens ein Ziel angeben.' })
		.transform((value) =>
			value
				.split('\n')
				.map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(300, 'Ein Ziel darf höchstens 300 Zeichen lang sein.'))
				.min(1, 'Bitte mindestens ein Ziel angeben.')
				.max(12, 'Höchstens 12 Ziele – die Startseite soll übersichtlich bleiben.')
		)
});

export type StartTextsInput = z.infer<typeof startTextsInput>;

export async function getStartTexts(): Promise<StartTexts> {
	const [row] = await db.select().from(appSetting).where(eq(appSetting.key, SETTING_KEY));
	const stored = row?.value as { about: string; goals: string[] } | undefined;
	const config = instanceConfig();
	return {
		about: stored?.about ?? config.description,
		goals: stored?.goals ?? config.goals,
		isDefault: !stored,
		updatedAt: row?.updatedAt ?? null
	};
}

export async function updateStartTexts(options: {
	actor: SessionUser | null;
	input: StartTextsInput;
	ip?: string | null;
}): Promise<void> {
	const { actor, input } = options;
	assertCan(actor, 'content.manage');
	const value = { about: input.about, goals: input.goals };
	await db
		.insert(appSetting)
		.values({ key: SETTING_KEY, value })
		.onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: new Date() } });
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action: 'content.start_update',
		targetType: 'site_start',
		targetLabel: 'Startseite',
		ip: options.ip ?? null
	});
}
