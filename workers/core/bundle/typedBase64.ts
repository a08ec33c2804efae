/** Float arrays as base64 of their little-endian bytes, so a bundle stays JSON and compact. */
import { base64ToBytes, bytesToBase64 } from '../forest/base64.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function swapped(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < out.length; i += size) out.subarray(i, i + size).reverse();
  return out;
}

/** A Float32Array or Float64Array as base64. */
export function floatsToBase64(a: Float32Array | Float64Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return bytesToBase64(LITTLE_ENDIAN ? bytes : swapped(bytes, a.BYTES_PER_ELEMENT));
}

/** The bytes of base64 `text` in platform order for elements of `size` bytes, or null when it is not whole elements. */
function platformBytes(text: string, size: number): ArrayBuffer | null {
  const bytes = base64ToBytes(text);
  if (!bytes || bytes.length % size !== 0) return null;
  return (LITTLE_ENDIAN ? bytes : swapped(bytes, size)).buffer as ArrayBuffer;
}

/** The float32 values of floatsToBase64 output, or null when it is not valid base64 of whole floats. */
export function base64ToFloat32(text: string): Float32Array | null {
  const buffer = platformBytes(text, 4);
  return buffer ? new Float32Array(buffer) : null;
}

/** The float64 values of floatsToBase64 output, or null when it is not valid base64 of whole doubles. */
export function base64ToFloat64(text: string): Float64Array | null {
  const buffer = platformBytes(text, 8);
  return buffer ? new Float64Array(buffer) : null;
}

/** A Uint32Array as base64 of its little-endian bytes. */
export function uintsToBase64(a: Uint32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return bytesToBase64(LITTLE_ENDIAN ? bytes : swapped(bytes, 4));
}

/** The uint32 values of uintsToBase64 output, or null when it is not valid base64 of whole uint32s. */
export function base64ToUint32(text: string): Uint32Array | null {
  const buffer = platformBytes(text, 4);
  return buffer ? new Uint32Array(buffer) : null;
}
