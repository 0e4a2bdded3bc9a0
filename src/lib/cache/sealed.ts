import { createHash } from 'node:crypto';

/**
 * A cache entry's bytes with their own checksum in front (SHA-256 of the
 * payload, 32 bytes), so that a truncated, partly written or otherwise
 * damaged entry is recognised and ignored rather than used.
 */

const DIGEST_BYTES = 32;

const digest = (payload: Uint8Array): Buffer => createHash('sha256').update(payload).digest();

/** The payload with its checksum in front, as stored. */
export function seal(payload: Uint8Array): Buffer {
  return Buffer.concat([digest(payload), payload]);
}

/** The payload of stored bytes, or null when the checksum does not match (the entry is damaged). */
export function unseal(stored: Uint8Array): Buffer | null {
  if (stored.length < DIGEST_BYTES) return null;
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const payload = bytes.subarray(DIGEST_BYTES);
  return digest(payload).equals(bytes.subarray(0, DIGEST_BYTES)) ? payload : null;
}
