/**
 * Saves a Blob as a file: an object URL on a temporary `<a download>`, clicked and removed,
 * the URL revoked once the browser has taken the file.
 */

/** How long the object URL stays alive after the click (the download reads it first). */
const REVOKE_AFTER_MS = 10_000;

/**
 * Downloads `blob` as `name`. The link is placed in `container` (default: the body); pass an
 * element that is not inert, such as an open modal dialog, so that the click goes through.
 */
export function downloadFile(blob: Blob, name: string, container?: HTMLElement | null): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  (container ?? document.body).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
