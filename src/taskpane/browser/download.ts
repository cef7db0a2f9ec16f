/**
 * Saving a file from the pane without any network: the bytes become a Blob and a temporary object URL
 * that an <a download> opens (the CSP's default-src 'self' allows blob: navigations for downloads).
 * Reading a chosen or dropped file is the reverse: File → bytes.
 */

/** Offer bytes as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of a File the user chose or dropped. */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
