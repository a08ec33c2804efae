/** Model bundles: the versioned JSON a trained analysis travels in (this issue: the engagement part). */
export * from './bundle.ts';
export { fingerprintTable } from './fingerprint.ts';
export { base64ToFloat32, floatsToBase64 } from './typedBase64.ts';
