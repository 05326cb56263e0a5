const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** "830 Byte", "12,4 kB", "3,1 MB" (1 kB = 1024 Byte, as file managers count). */
export function formatFileSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} Byte`;
	if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} kB`;
	return `${number.format(bytes / (1024 * 1024))} MB`;
}
