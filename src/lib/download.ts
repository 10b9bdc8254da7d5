/** Hands a file to the browser to save. Browser only. */
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers start the download after this task: free the URL a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
