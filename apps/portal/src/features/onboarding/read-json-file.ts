/** Reads a chosen file as text (a configuration document), for the forms that accept JSON. */
export function readTextFile(file: File): Promise<string> {
  return file.text();
}
