/**
 * A readable name for a session's browser ("Firefox unter Windows"), enough to recognise one's
 * own devices. Order matters: Edge and Opera also claim to be Chrome, Chrome claims to be Safari.
 */
const BROWSERS: [RegExp, string][] = [
	[/Edg(e|A|iOS)?\//, 'Edge'],
	[/OPR\/|Opera/, 'Opera'],
	[/SamsungBrowser\//, 'Samsung Internet'],
	[/Firefox\/|FxiOS\//, 'Firefox'],
	[/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
	[/Version\/[\d.]+.*Safari\//, 'Safari']
];

const SYSTEMS: [RegExp, string][] = [
	[/Windows/, 'Windows'],
	[/Android/, 'Android'],
	[/iPhone|iPod/, 'iOS'],
	[/iPad/, 'iPadOS'],
	[/CrOS/, 'ChromeOS'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/Linux/, 'Linux']
];

export function describeUserAgent(userAgent: string | null | undefined): string {
	if (!userAgent) return 'Unbekanntes Gerät';
	const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
	if (browser && system) return `${browser} unter ${system}`;
	return browser ?? system ?? 'Unbekannter Browser';
}
