import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the platform reads from the environment, validated once at start.
 * The README's configuration table mirrors this schema; keep them in step.
 */
const booleanFlag = z
	.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
	.optional()
	.transform((value) => value === '1' || value === 'true' || value === 'yes');

const envSchema = z.object({
	HOST: z.string().min(1).default('127.0.0.1'),
	PORT: z.coerce
		.number({ error: 'PORT muss eine Zahl sein' })
		.int()
		.min(1, 'PORT muss zwischen 1 und 65535 liegen')
		.max(65535, 'PORT muss zwischen 1 und 65535 liegen')
		.default(3000),
	ORIGIN: z
		.url({
			error: 'ORIGIN muss eine vollständige Adresse sein, z. B. https://kommunal.example.org'
		})
		.optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgres:// oder postgresql:// beginnen')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'SMTP_URL muss mit smtp:// oder smtps:// beginnen')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	MAIL_FROM: z.string().min(3).default('Kommunalnetz <kommunalnetz@localhost>'),
	AUTH_SECRET: z
		.string()
		.min(32, 'AUTH_SECRET muss mindestens 32 Zeichen lang sein')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	STATE: z
		.enum(['mv'], { error: 'STATE kennt derzeit nur "mv" (Mecklenburg-Vorpommern)' })
		.default('mv'),
	DEMO: booleanFlag,
	JOBS_IN_PROCESS: z
		.enum(['1', '0', 'true', 'false', ''])
		.optional()
		.transform((value) => value !== '0' && value !== 'false'),
	LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
	UPLOAD_MAX_MB: z.coerce
		.number({ error: 'UPLOAD_MAX_MB muss eine Zahl sein' })
		.positive('UPLOAD_MAX_MB muss größer als 0 sein')
		.max(1024, 'UPLOAD_MAX_MB darf höchstens 1024 sein')
		.default(20),
	// Council systems on loopback/private addresses the OParl import may reach (tests, a server
	// inside the operator's network); see oparl/http/guarded-fetch.ts.
	OPARL_ALLOW_PRIVATE_HOSTS: z
		.string()
		.optional()
		.transform((value, context) => {
			const rules: { host: string; port: number | null }[] = [];
			for (const entry of (value ?? '').split(',').map((part) => part.trim())) {
				if (!entry) continue;
				const rule = parseHostRule(entry);
				if (rule) rules.push(rule);
				else
					context.addIssue({
						code: 'custom',
						message: `OPARL_ALLOW_PRIVATE_HOSTS: „${entry}“ ist kein Host oder Host:Port`
					});
			}
			return rules;
		})
});

/** `host`, `host:port`, `[v6]:port` or a bare IPv6 address, lower-cased, without brackets. */
function parseHostRule(entry: string): { host: string; port: number | null } | null {
	const bracketed = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i.exec(entry);
	const match =
		bracketed ??
		(entry.split(':').length > 2
			? [entry, entry, undefined]
			: /^([^:\s/]+)(?::(\d{1,5}))?$/.exec(entry));
	if (!match) return null;
	const port = match[2] === undefined ? null : Number(match[2]);
	if (port !== null && (port < 1 || port > 65535)) return null;
	return { host: match[1]!.toLowerCase(), port };
}

export type AppEnv = z.infer<typeof envSchema> & { dataDir: string };

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Ungültige Konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
	const result = envSchema.safeParse(source);
	if (!result.success) {
		throw new ConfigError(
			result.error.issues.map((issue) => `${issue.path.join('.') || 'Umgebung'}: ${issue.message}`)
		);
	}
	return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

let cached: AppEnv | undefined;

/** The process-wide configuration; parsed on first use so tests can set variables first. */
export function env(): AppEnv {
	cached ??= parseEnv(process.env);
	return cached;
}

export function resetEnvForTests(): void {
	cached = undefined;
}
