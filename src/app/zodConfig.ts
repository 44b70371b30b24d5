/**
 * zod compiles fast parsers with `new Function` unless told not to, and probes for it even
 * when it may not: under our Content Security Policy (no 'unsafe-eval') the probe is reported
 * as a violation. Jitless parsing is plenty fast for our documents.
 */
import { z } from 'zod';

z.config({ jitless: true });
