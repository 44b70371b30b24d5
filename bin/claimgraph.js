#!/usr/bin/env node
// The claimgraph command line. The CLI is TypeScript shared with the app (src/model,
// src/formats); tsx compiles it on the fly, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await run(process.argv.slice(2), processIo());
