/** Downloads a file made in memory (a Blob): nothing leaves the machine. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	// Revoke later: Chromium starts the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
