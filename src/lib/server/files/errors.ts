/** Refusals of an upload, with the German message shown next to the file field. */
export class FileRejectedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FileRejectedError';
	}
}

export class FileTooLargeError extends FileRejectedError {
	constructor(readonly maxBytes: number) {
		super(`Die Datei ist zu groß. Erlaubt sind höchstens ${formatMegabytes(maxBytes)} MB.`);
		this.name = 'FileTooLargeError';
	}
}

export class UnsupportedFileTypeError extends FileRejectedError {
	constructor() {
		super(
			'Diese Datei ist kein PDF-, Word- (DOCX) oder OpenDocument-Dokument (ODT). ' +
				'Geprüft wird der Inhalt, nicht die Endung.'
		);
		this.name = 'UnsupportedFileTypeError';
	}
}

export class EmptyFileError extends FileRejectedError {
	constructor() {
		super('Die Datei ist leer.');
		this.name = 'EmptyFileError';
	}
}

function formatMegabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 });
}
