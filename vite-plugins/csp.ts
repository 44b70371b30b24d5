/**
 * The Content Security Policy the built app is served with (`npm start` → vite preview).
 * No 'unsafe-inline', no 'unsafe-eval': scripts and styles come from our own origin only;
 * images may be data:/blob: URLs (canvas exports); nothing may frame the app.
 *
 * The dev server does not send it: Vite's hot reload injects inline styles and scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every response of the production server. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
