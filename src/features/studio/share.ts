import type { ThemeDocument } from './studio-store';

/** A theme in a link: `/studio#theme=<base64url of its JSON>` (a fragment: never sent to any server). */
const PREFIX = '#theme=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function shareLink(document: ThemeDocument, origin: string): string {
  return `${origin}/studio${PREFIX}${toBase64Url(JSON.stringify(document))}`;
}

/** The theme a link carries: its JSON text, or undefined when the fragment holds none (or is not base64url). */
export function themeTextFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return fromBase64Url(hash.slice(PREFIX.length));
  } catch {
    return undefined;
  }
}
