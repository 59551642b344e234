/** Reads a chosen file as text (a configuration document), for the forms that accept JSON. */
export function readTextFile(file: File): Promise<string> {
  return file.text();
}

/** Offers a text as a file to download, without a round trip to the server. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
