/** Offers a base64-encoded file from the API (an export) as a download. */
export function downloadBase64(fileName: string, mediaType: string, contentBase64: string): void {
  downloadBlob(
    fileName,
    new Blob([Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0))], { type: mediaType }),
  );
}

/** Offers a text as a file to download, without a round trip to the server. */
export function downloadText(fileName: string, text: string, mediaType = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: mediaType }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** A chosen file's bytes, base64-encoded, as the import mutation takes them (the server checks the encoding). */
export async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
