/** Saves a Blob built in memory as a file: nothing leaves the machine. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.click();
	// Revoke later: Chromium starts the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text built in memory as a file. */
export function downloadText(text: string, type: string, filename: string): void {
	downloadBlob(new Blob([text], { type }), filename);
}
