import { eq } from 'drizzle-orm';
import { expiryAfterDay } from '../../api-tokens/expiry';
import { issueApiToken } from '../../api-tokens/issue-api-token';
import { recordAudit } from '../../audit/record-audit';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { ROLE_LABELS } from '../../../shared/roles';
import { berlinToday } from '../../../shared/berlin-time';
import { isCalendarDay } from '../../../shared/validation';
import type { CliCommand, CliContext } from '../context';
import { CliError } from '../errors';

interface Options {
	name: string;
	expires?: string;
}

/** `--expires 2026-12-31`: valid through that day (Berlin time). */
function expiryOf(value: string | undefined, now: Date): Date | null {
	if (value === undefined) return null;
	if (!isCalendarDay(value))
		throw new CliError(
			`„${value}“ ist kein Datum. Bitte als JJJJ-MM-TT angeben, z. B. 2026-12-31.`
		);
	if (value <= berlinToday(now))
		throw new CliError('Das Ablaufdatum muss nach dem heutigen Tag liegen.');
	return expiryAfterDay(value);
}

async function run(context: CliContext, email: string, options: Options): Promise<void> {
	const name = options.name.trim();
	if (name.length === 0 || name.length > 100)
		throw new CliError('Der Name des Tokens muss 1 bis 100 Zeichen lang sein.');
	const expiresAt = expiryOf(options.expires, new Date());
	const issued = await context.withDatabase(async () => {
		const [owner] = await db
			.select({ id: user.id, role: user.role, deactivatedAt: user.deactivatedAt })
			.from(user)
			.where(eq(user.email, email.trim().toLowerCase()));
		if (!owner) throw new CliError(`Es gibt kein Konto mit der E-Mail-Adresse ${email}.`);
		if (owner.deactivatedAt)
			throw new CliError(
				`Das Konto ${email} ist deaktiviert; ein Token würde nicht funktionieren.`
			);
		const token = await issueApiToken({ userId: owner.id, name, expiresAt });
		await recordAudit({
			actor: null,
			action: 'api_token.create',
			targetType: 'api_token',
			targetId: token.id,
			targetLabel: name,
			details: { owner: email, prefix: token.prefix, via: 'cli' }
		});
		return { ...token, role: owner.role };
	});
	// Only the token goes to standard output, so `TOKEN=$(npm run -s cli -- token:create …)` works.
	context.note(
		`API-Token „${issued.name}“ für ${email} (${ROLE_LABELS[issued.role]}) erstellt` +
			(options.expires ? `, gültig bis einschließlich ${options.expires}.` : ', ohne Ablaufdatum.')
	);
	context.note(
		'Der Token wird nur jetzt angezeigt; gespeichert ist nur sein Hash. Senden Sie ihn als ' +
			'„Authorization: Bearer <Token>“ an /api/v1. Widerrufen lässt er sich unter /konto/api-tokens.'
	);
	context.print(issued.token);
}

export default {
	register(program, context) {
		program
			.command('token:create')
			.summary('einen persönlichen API-Token für ein Konto erstellen')
			.description(
				'Erstellt einen persönlichen API-Token. Ein Programm mit diesem Token handelt als die ' +
					'Person des Kontos, mit deren jeweils aktueller Rolle, und nur unter /api/v1. Der Token ' +
					'wird einmal ausgegeben (als einzige Zeile auf der Standardausgabe) und nicht gespeichert.'
			)
			.argument('<email>', 'E-Mail-Adresse des Kontos')
			.option('--name <name>', 'wofür der Token ist, z. B. „Import Ratsinfo“', 'Kommandozeile')
			.option('--expires <datum>', 'letzter gültiger Tag, JJJJ-MM-TT')
			.action((email: string, options: Options) => run(context, email, options));
	}
} satisfies CliCommand;
